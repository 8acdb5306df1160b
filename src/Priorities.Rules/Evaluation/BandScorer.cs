using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>Turns a dimension's combined raw value into its score: by bands, by the lookup table, or as it is.</summary>
internal static class BandScorer
{
    /// <summary>The score of <paramref name="raw"/>, or the dimension's missing score when there is no raw value.</summary>
    /// <remarks>
    /// A raw value outside every band takes the nearest band below it (the first band when it is below them all), so
    /// ascending bands stay monotonic; a raw value not in the lookup table scores as missing.
    /// </remarks>
    public static double Score(DimensionDefinition dimension, double? raw)
    {
        if (raw is not { } value) return dimension.Missing;
        if (dimension.Bands.Count > 0) return FromBands(dimension.Bands, value);
        if (dimension.Lookup.Count > 0) return FromLookup(dimension, value);
        return value;
    }

    private static double FromBands(IReadOnlyList<Band> bands, double raw)
    {
        foreach (var band in bands)
        {
            if (band.Contains(raw)) return band.Score;
        }
        var nearest = bands[0];
        foreach (var band in bands)
        {
            if (band.From is { } from && from <= raw) nearest = band;
        }
        return nearest.Score;
    }

    private static double FromLookup(DimensionDefinition dimension, double raw)
    {
        foreach (var entry in dimension.Lookup)
        {
            if (entry.Raw.Equals(raw)) return entry.Score;
        }
        return dimension.Missing;
    }
}
