using System.Globalization;
using Priorities.Results;

namespace Priorities.Reports;

/// <summary>The plain-English wording of a plan's leads, funding and history, shared by every section.</summary>
internal static class PlanText
{
    /// <summary>An amount with its currency: <c>£94,374</c> for pounds (pence only when there are some), else <c>1,200 EUR</c>.</summary>
    public static string Money(decimal amount, string currency)
    {
        var number = amount.ToString(decimal.Truncate(amount) == amount ? "N0" : "N2", CultureInfo.InvariantCulture);
        return string.Equals(currency, "GBP", StringComparison.OrdinalIgnoreCase) ? "£" + number : $"{number} {currency}";
    }

    /// <summary>The total of some funding lines, one amount per currency, such as <c>£120,000</c>.</summary>
    public static string Total(IEnumerable<FundingLine> lines) => string.Join(
        " and ",
        lines.GroupBy(l => l.Currency.ToUpperInvariant(), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Money(g.Sum(l => l.Amount), g.Key)));

    /// <summary>The lead as one line, such as <c>Oxford City Council (Community Safety Service Manager)</c>.</summary>
    public static string Lead(PriorityLead? lead) => lead is null
        ? "Not named yet"
        : lead.Role is { Length: > 0 } role ? $"{lead.Agency} ({role})" : lead.Agency;

    /// <summary>A priority's funding in one line: each fund with its amount and year, or that none is allocated.</summary>
    public static string Funding(IReadOnlyList<FundingLine> lines) => lines.Count == 0
        ? "None allocated in the rule set"
        : string.Join("; ", lines.Select(l => $"{l.Fund} {Money(l.Amount, l.Currency)} ({l.Year})"
            + (l.Purpose is { Length: > 0 } purpose ? $" for {purpose}" : string.Empty)));

    /// <summary>How a priority stands against the plan history, such as <c>Continuing since 2021</c>.</summary>
    public static string Change(ProposedPriority priority) => priority.Status switch
    {
        PriorityStatus.New => "New this year",
        PriorityStatus.Continuing when priority.Since is { } since =>
            "Continuing since " + since.ToString(CultureInfo.InvariantCulture),
        PriorityStatus.Continuing => "Continuing from last year's plan",
        PriorityStatus.Returning => "Returning: in an earlier plan, not in last year's",
        _ => ReportText.Status(priority.Status),
    };

    /// <summary>A dropped priority's change, with the year it was last adopted when the history gives it.</summary>
    public static string Dropped(DroppedPriority dropped) =>
        (dropped.LastAdopted is { } year ? $"Dropped (last adopted {year.ToString(CultureInfo.InvariantCulture)}). " : "Dropped. ")
        + dropped.Reason;

    /// <summary>Words joined as in a sentence: <c>harm</c>, <c>harm and trend</c>, <c>harm, trend and concern</c>.</summary>
    public static string Join(IReadOnlyList<string> words, string conjunction = "and") => words.Count switch
    {
        0 => string.Empty,
        1 => words[0],
        _ => string.Join(", ", words.Take(words.Count - 1)) + $" {conjunction} " + words[^1],
    };

    /// <summary>A dimension id in running text: <c>ability-to-influence</c> gives <c>ability to influence</c>.</summary>
    public static string Dimension(string id) => id.Replace('-', ' ').Replace('_', ' ').Trim();
}
