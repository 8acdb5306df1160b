using System.Globalization;
using Priorities.Assessments;
using Priorities.Diagnostics;
using Priorities.Results;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.RuleSets.Loading;

/// <summary>
/// Reads a funding line <c>{fund, amount, currency, year, purpose}</c>: an amount of at least 0, an ISO 4217 currency
/// (three capitals, GBP when left out) and a financial year written <c>YYYY/YY</c>.
/// </summary>
internal static class FundingReader
{
    public const string DefaultCurrency = "GBP";

    private static readonly string[] Keys = ["fund", "amount", "currency", "year", "purpose"];

    public static FundingLine? Read(YamlMap map)
    {
        map.AllowOnly(Keys);
        var fund = map.String("fund", required: true);
        var amount = Amount(map);
        var currency = Currency(map);
        var year = Year(map);
        var purpose = map.String("purpose");
        if (string.IsNullOrWhiteSpace(fund) || amount is null || currency is null || year is null) return null;
        return new FundingLine(fund, amount.Value, currency, year, string.IsNullOrWhiteSpace(purpose) ? null : purpose);
    }

    private static decimal? Amount(YamlMap map)
    {
        var node = map.Get("amount");
        if (node is null)
        {
            map.Bag.Error(RulesCodes.MissingKey, map.Location, "Missing required key 'amount' (write 0 for a line of nothing).");
            return null;
        }
        if (node is YamlScalarNode { Value: { } text }
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var amount))
        {
            if (amount >= 0) return amount;
            map.Bag.Error(RulesCodes.FundingAmount, map.Source.LocationOf(node),
                $"'amount' is {text}, but an amount of funding cannot be negative.");
            return null;
        }
        map.Bag.Error(RulesCodes.FundingAmount, map.Source.LocationOf(node),
            "'amount' must be a plain number such as 94374 or 50656.50 (no currency sign or separators), "
            + $"not {NumberReader.Describe(node)}.");
        return null;
    }

    private static string? Currency(YamlMap map)
    {
        var scalar = map.Scalar("currency");
        if (scalar is null) return map.Has("currency") ? null : DefaultCurrency;
        var text = scalar.Value ?? string.Empty;
        if (text.Length == 3 && text.All(c => c is >= 'A' and <= 'Z')) return text;
        map.Bag.Error(RulesCodes.FundingCurrency, map.Source.LocationOf(scalar),
            $"'currency' '{text}' is not an ISO 4217 code of three capital letters, such as GBP (the default) or EUR.");
        return null;
    }

    private static string? Year(YamlMap map)
    {
        var scalar = map.Scalar("year", required: true);
        if (scalar?.Value is not { } text) return null;
        if (MeasurePeriods.IsFinancialYear(text)) return text;
        var hint = MeasurePeriods.LooksLikeFinancialYear(text) || (text.Length == 4 && text.All(char.IsAsciiDigit))
            ? $" Did you mean '{MeasurePeriods.FinancialYear(MeasurePeriods.Year(text))}'?"
            : string.Empty;
        map.Bag.Error(RulesCodes.FundingYear, map.Source.LocationOf(scalar),
            $"'year' '{text}' is not a financial year written YYYY/YY with YY the next year, such as 2024/25.{hint}");
        return null;
    }
}
