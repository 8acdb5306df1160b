namespace Priorities.Diffs;

/// <summary>The values of <see cref="PlanDiff.Kind"/>: what the two plans differ by.</summary>
public static class DiffKinds
{
    /// <summary>Two rule sets over one assessment.</summary>
    public const string RuleSets = "rule-sets";

    /// <summary>Two assessments (such as two years of evidence) under one rule set.</summary>
    public const string Assessments = "assessments";
}
