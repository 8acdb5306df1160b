namespace Priorities.Yaml;

/// <summary>
/// "Did you mean" suggestions for rule-file names (YAML keys, field types, priorities): the candidate nearest by
/// case-insensitive edit distance, allowing one edit for names up to 3 characters, two up to 6 and three beyond, as
/// the engine's own expression diagnostics do.
/// </summary>
internal static class Suggestions
{
    /// <summary>The nearest candidate within the allowed distance (ties: first in ordinal order), or null.</summary>
    public static string? Nearest(string name, IEnumerable<string> candidates)
    {
        var allowed = name.Length <= 3 ? 1 : name.Length <= 6 ? 2 : 3;
        var upper = name.ToUpperInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var distance = Distance(upper, candidate.ToUpperInvariant());
            if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
        }
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Levenshtein distance: the fewest insertions, deletions and substitutions turning a into b.</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(above, row[j - 1]) + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
