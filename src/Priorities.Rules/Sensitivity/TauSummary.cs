namespace Priorities.Sensitivity;

/// <summary>
/// How much the whole order moves: Kendall's τ-b between the proposed order and each sample's (1 the same order,
/// 0 no relation, −1 reversed), summarised over the samples.
/// </summary>
/// <param name="Median">The median (50th percentile, nearest rank).</param>
/// <param name="P5">The 5th percentile (nearest rank): 95% of the samples agree at least this well.</param>
public sealed record TauSummary(double Median, double P5);
