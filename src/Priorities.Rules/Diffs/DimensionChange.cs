namespace Priorities.Diffs;

/// <summary>A scoring dimension both rule sets have whose scoring differs; only what changed is set.</summary>
/// <param name="Id">The dimension's id.</param>
public sealed record DimensionChange(string Id)
{
    /// <summary>The weight, when it changed.</summary>
    public NumberChange? Weight { get; init; }

    /// <summary>How raw values combine (<c>max</c> or <c>sum</c>), when it changed.</summary>
    public TextChange? Combine { get; init; }

    /// <summary>
    /// The score given without evidence, when it changed: a number, or null for <c>missing: unknown</c> (the priority
    /// then has no evidence on the dimension).
    /// </summary>
    public NumberChange? Missing { get; init; }

    /// <summary>Whether the bands (their ends or scores) changed.</summary>
    public bool Bands { get; init; }

    /// <summary>Whether the lookup table changed.</summary>
    public bool Lookup { get; init; }

    /// <summary>Whether the same raw value may now give another score: bands, lookup or missing score changed.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool ScoresChanged => Bands || Lookup || Missing is not null;
}
