namespace Priorities.Sensitivity;

/// <summary>
/// Kendall's τ-b between two rankings of the same items: (concordant − discordant pairs) / √((n₀ − t₁)(n₀ − t₂)),
/// with n₀ = n(n − 1)/2 and t₁, t₂ the pairs tied in each ranking. 1 when the orders agree, −1 when one reverses the
/// other; 1 for fewer than two items, or when a ranking ties everything.
/// </summary>
internal static class KendallTau
{
    /// <summary>τ-b of the ranks <paramref name="x"/> and <paramref name="y"/> (item i ranked x[i] and y[i]).</summary>
    public static double Of(IReadOnlyList<int> x, IReadOnlyList<int> y)
    {
        if (x.Count != y.Count) throw new ArgumentException("Both rankings must rank the same items.", nameof(y));
        long concordant = 0, discordant = 0, tiedX = 0, tiedY = 0;
        for (var i = 0; i < x.Count; i++)
        {
            for (var j = i + 1; j < x.Count; j++)
            {
                var dx = Math.Sign(x[i] - x[j]);
                var dy = Math.Sign(y[i] - y[j]);
                if (dx == 0) tiedX++;
                if (dy == 0) tiedY++;
                if (dx * dy > 0) concordant++;
                else if (dx * dy < 0) discordant++;
            }
        }
        var pairs = (long)x.Count * (x.Count - 1) / 2;
        var denominator = Math.Sqrt((double)(pairs - tiedX) * (pairs - tiedY));
        return denominator == 0 ? 1 : (concordant - discordant) / denominator;
    }
}
