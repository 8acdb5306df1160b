namespace Priorities.RuleSets.Model;

/// <summary>How dimension scores combine into a priority's total.</summary>
internal enum ScoringMethod
{
    /// <summary>Σ weight × score.</summary>
    WeightedSum,

    /// <summary>Π score^weight (MoRiLE-style harm × likelihood).</summary>
    Product,

    /// <summary>The largest weight × score.</summary>
    Max,
}
