namespace Priorities.Linting;

/// <summary>The gap between two adjacent candidates' totals on a sample.</summary>
/// <param name="Size">The difference of their totals (above 0).</param>
/// <param name="Upper">The id of the one ranked higher.</param>
/// <param name="Lower">The id of the one ranked lower.</param>
/// <param name="Sample">The sample's name.</param>
internal sealed record RankGap(double Size, string Upper, string Lower, string Sample);
