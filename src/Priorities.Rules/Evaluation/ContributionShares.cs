namespace Priorities.Evaluation;

/// <summary>
/// Rounds shares of a total so that they add up to it exactly: each share is rounded, and what rounding lost or
/// gained goes to the share that rounding moved furthest the other way (then the larger share, then the dimension
/// id), so the result never depends on declaration order.
/// </summary>
internal static class ContributionShares
{
    /// <summary>The rounded shares; <paramref name="shares"/> holds null for dimensions that take no share (0).</summary>
    public static double[] Apportion(double total, IReadOnlyList<double?> shares, IReadOnlyList<string> ids)
    {
        var result = shares.Select(s => s is { } v ? Rounding.Round(v) : 0).ToArray();
        var taking = Enumerable.Range(0, shares.Count).Where(i => shares[i] is not null).ToArray();
        if (taking.Length == 0) return result;
        var residual = Rounding.Round(Rounding.Round(total) - result.Sum());
        if (residual == 0) return result;
        var largest = taking
            .OrderByDescending(i => Math.Sign(residual) * (shares[i]!.Value - result[i]))
            .ThenByDescending(i => Math.Abs(shares[i]!.Value))
            .ThenBy(i => ids[i], StringComparer.Ordinal)
            .First();
        result[largest] = Rounding.Round(result[largest] + residual);
        return result;
    }

    /// <summary>Values summed in ascending order, so that the order they come in never changes the sum.</summary>
    public static double Sum(IEnumerable<double> values)
    {
        var total = 0.0;
        foreach (var value in values.Order()) total += value;
        return total;
    }
}
