namespace Priorities.Sensitivity;

/// <summary>
/// Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the ⌈p·n⌉-th smallest (the
/// smallest for p = 0), always one of the values, so a rank interval is made of ranks that occurred.
/// </summary>
internal static class Percentiles
{
    /// <summary>The <paramref name="p"/>-th percentile (0–1) of values sorted in ascending order.</summary>
    public static T Of<T>(IReadOnlyList<T> sorted, double p)
    {
        if (sorted.Count == 0) throw new ArgumentException("There are no values.", nameof(sorted));
        var index = (int)Math.Ceiling(p * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }
}
