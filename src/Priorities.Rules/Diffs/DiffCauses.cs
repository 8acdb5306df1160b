namespace Priorities.Diffs;

/// <summary>The values of <see cref="ContributionDelta.Causes"/>: why a dimension's contribution moved.</summary>
public static class DiffCauses
{
    /// <summary>The dimension's weight changed.</summary>
    public const string Weight = "weight";

    /// <summary>The same raw value scores differently: the dimension's bands, lookup or missing score changed.</summary>
    public const string Bands = "bands";

    /// <summary>The raw value changed (the evidence, or the rules that compute it from the evidence).</summary>
    public const string Raw = "raw";

    /// <summary>The priority gained or lost evidence on the dimension.</summary>
    public const string Evidence = "evidence";

    /// <summary>Nothing of the dimension changed, but the score is rescaled for the evidence the priority has.</summary>
    public const string Rescaled = "rescaled";

    /// <summary>The dimension is new in the new rule set.</summary>
    public const string DimensionAdded = "dimension-added";

    /// <summary>The dimension is gone from the new rule set.</summary>
    public const string DimensionRemoved = "dimension-removed";

    /// <summary>The priority is scored in one plan only (an evidence gap or absent in the other).</summary>
    public const string NotScored = "not-scored";
}
