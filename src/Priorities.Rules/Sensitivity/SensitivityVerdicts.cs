namespace Priorities.Sensitivity;

/// <summary>The values of <see cref="PrioritySensitivity.Verdict"/>.</summary>
public static class SensitivityVerdicts
{
    /// <summary>The priority's place in or out of the plan holds for weights within the spread.</summary>
    public const string Stable = "stable";

    /// <summary>
    /// Weights within the spread could move it in or out of the plan: it is selected in more than 5% and fewer than
    /// 95% of the samples, or a single weight within the spread flips it, or only the tie-break decided it against a
    /// candidate with the same total on the other side of the selection boundary.
    /// </summary>
    public const string Marginal = "marginal";
}
