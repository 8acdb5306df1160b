using System.Globalization;
using Priorities.Assessments;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>
/// A raw value outside every band or lookup entry of its dimension: nothing is scored from it. Where the dimension
/// claims to cover a range (a lookup table, or bands bounded at both ends) it is an error that stops the evaluation
/// (PR5010, PR5011); where its bands are open at one end, a data-quality warning in the result (PR5012), and the
/// dimension is scored as if no rule had given it a raw value.
/// </summary>
internal static class OutOfRangeValues
{
    /// <summary>The kind of the data-quality note a PR5012 warning writes.</summary>
    public const string Kind = "outside-bands";

    /// <summary>The warning for a raw value outside bands open at one end.</summary>
    /// <exception cref="RuleSetEvaluationException">The dimension claims to cover a range (PR5010, PR5011).</exception>
    public static DataQualityNote Check(DimensionDefinition dimension, double raw, string priority, RuleSpec? rule)
    {
        var at = rule?.Then.Scores.FirstOrDefault(s => s.Dimension == dimension.Id)?.Value.Location
            ?? rule?.Location ?? dimension.Location;
        var by = rule is null ? "A rule" : $"Rule '{rule.Id}'";
        var what = $"{by} gave '{dimension.Id}' of '{priority}' the raw value {Text(raw)}, outside {Range(dimension)} "
            + $"(the dimension is declared at {dimension.Location})";
        if (BandScorer.ClaimsRange(dimension))
        {
            var code = dimension.Lookup.Count > 0 ? RulesCodes.OutsideLookup : RulesCodes.OutsideBands;
            var detail = what + "; nothing is scored from it. Extend the bands or lookup, or correct the rule or the assessment.";
            throw new RuleSetEvaluationException(code, at, [], detail, null);
        }
        return new DataQualityNote
        {
            Kind = Kind,
            Message = $"{what}; it is not scored ({RulesCodes.OutsideOpenBands} at {at}).",
        };
    }

    private static string Range(DimensionDefinition dimension)
    {
        if (dimension.Lookup.Count > 0)
            return $"every entry of its lookup ({string.Join(", ", dimension.Lookup.Select(e => Text(e.Raw)))})";
        var (from, to) = (dimension.Bands[0].From, dimension.Bands[^1].To);
        var span = (from, to) switch
        {
            ({ } f, { } t) => $"from {Text(f)} to below {Text(t)}",
            ({ } f, null) => $"from {Text(f)} up",
            (null, { } t) => $"below {Text(t)}",
            _ => "all values",
        };
        return $"every band ({span})";
    }

    private static string Text(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
