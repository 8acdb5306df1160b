using System.Text.Json.Serialization;

namespace Priorities.Sensitivity;

/// <summary>How firmly one priority holds its place in (or out of) the plan when the weights vary.</summary>
public sealed record PrioritySensitivity
{
    /// <summary>The priority's id.</summary>
    public required string Id { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Its rank in the proposed plan, or null when the plan does not include it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Rank { get; init; }

    /// <summary>Whether the proposed plan includes it.</summary>
    public bool Selected { get; init; }

    /// <summary>
    /// Its place in the full order (the plan, then the candidates not selected, best first, then the evidence gaps)
    /// proposed with the rule set's weights.
    /// </summary>
    public int Place { get; init; }

    /// <summary>The 5th percentile of its place over the samples (the better end of its rank interval).</summary>
    public int RankLow { get; init; }

    /// <summary>The 95th percentile of its place over the samples (the worse end of its rank interval).</summary>
    public int RankHigh { get; init; }

    /// <summary>The share of the samples in which the plan includes it, 0–1 (three decimals).</summary>
    public double SelectedProbability { get; init; }

    /// <summary>Whether it is mandatory (a statutory duty): in the plan whatever the weights.</summary>
    public bool Mandatory { get; init; }

    /// <summary><see cref="SensitivityVerdicts.Stable"/> or <see cref="SensitivityVerdicts.Marginal"/>.</summary>
    public required string Verdict { get; init; }

    /// <summary>The verdict's reason, one plain sentence or two.</summary>
    public required string Reason { get; init; }

    /// <summary>The smallest single-weight change that moves it in or out of the plan, or null when none does.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public WeightFlip? Flip { get; init; }
}
