using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>Turns a dimension's combined raw value into its score: by bands, by the lookup table, or as it is.</summary>
internal static class BandScorer
{
    /// <summary>
    /// The score of <paramref name="raw"/>: its band's or lookup entry's score, or the raw value itself when the
    /// dimension has neither; null when the raw value falls outside every band or lookup entry (nothing is scored
    /// from it: see <see cref="OutOfRangeValues"/>).
    /// </summary>
    public static double? Score(DimensionDefinition dimension, double raw)
    {
        if (dimension.Bands.Count > 0) return dimension.Bands.FirstOrDefault(b => b.Contains(raw))?.Score;
        if (dimension.Lookup.Count > 0) return dimension.Lookup.FirstOrDefault(e => e.Raw.Equals(raw))?.Score;
        return raw;
    }

    /// <summary>
    /// Whether the dimension claims to cover every raw value a rule may give: a lookup table, or bands bounded at both
    /// ends (no <c>else</c>, no open end). A raw value outside those is an error; outside bands open at one end, a warning.
    /// </summary>
    public static bool ClaimsRange(DimensionDefinition dimension) =>
        dimension.Lookup.Count > 0
        || (dimension.Bands.Count > 0 && dimension.Bands[0].From is not null && dimension.Bands[^1].To is not null);
}
