using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Sensitivity;

/// <summary>
/// How robust a proposed plan is to its weights (<see cref="SensitivityAnalyzer"/>): per priority its rank interval,
/// its probability of selection, its verdict and the single weight change that would flip it; for the whole order,
/// Kendall's τ against the proposal. It carries ids, titles, ranks, totals' ties, weights and probabilities, never
/// evidence, so it is the same for the public and the full view.
/// </summary>
public sealed record SensitivityResult
{
    /// <summary>The rule set analysed (with <see cref="RuleSetInfo.Weights"/> when its weights were overridden).</summary>
    public required RuleSetInfo RuleSet { get; init; }

    /// <summary>How its dimension scores combine: <c>weighted-sum</c>, <c>product</c> or <c>max</c>.</summary>
    public required string ScoringMethod { get; init; }

    /// <summary>The dimensions and the weights the samples vary around, in breakdown order.</summary>
    public required IReadOnlyList<ScoringDimension> Dimensions { get; init; }

    /// <summary>The spread (0–1): each weight w varied within [w(1 − s), w(1 + s)].</summary>
    public double Spread { get; init; }

    /// <summary>The number of Monte Carlo samples.</summary>
    public int Samples { get; init; }

    /// <summary>The seed of the samples.</summary>
    public long Seed { get; init; }

    /// <summary>The largest weight the search for flips tried: twice the largest weight (at least 1).</summary>
    public double FlipLimit { get; init; }

    /// <summary>Kendall's τ-b between the proposed order and the samples' orders.</summary>
    public required TauSummary Tau { get; init; }

    /// <summary>
    /// The priorities in the proposed order: the plan, then those not selected, best first, then the evidence gaps.
    /// </summary>
    public required IReadOnlyList<PrioritySensitivity> Priorities { get; init; }
}
