namespace Priorities.Sensitivity;

/// <summary>What the Monte Carlo samples found, per item followed (in the baseline's order).</summary>
/// <param name="Ranks">Per item, its rank in every sample, sorted ascending.</param>
/// <param name="SelectedCounts">Per item, in how many samples the plan included it.</param>
/// <param name="Taus">Kendall's τ-b of every sample's order against the baseline, sorted ascending.</param>
internal sealed record MonteCarloOutcome(int[][] Ranks, int[] SelectedCounts, double[] Taus);
