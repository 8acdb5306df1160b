namespace Priorities.Assessments;

/// <summary>A Community Safety Partnership and the areas its assessment covers.</summary>
public sealed record Partnership
{
    /// <summary>The partnership's name, such as <c>Oxford</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The ONS code of the partnership (such as <c>E22000308</c>), when known.</summary>
    public string? Code { get; init; }

    /// <summary>The areas (districts or local authorities) that facts name in their <c>area</c> field.</summary>
    public IReadOnlyList<string> Areas { get; init; } = [];

    /// <summary>
    /// The usual resident population of the partnership's area, when known; rules read rates per 1,000 residents a
    /// year (<c>ratePer1000</c>) from it.
    /// </summary>
    public int? Population { get; init; }
}
