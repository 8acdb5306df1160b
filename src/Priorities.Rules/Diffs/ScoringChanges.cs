namespace Priorities.Diffs;

/// <summary>
/// The scoring model of the new rule set against the old one's: dimensions added, removed and changed (each list in
/// ordinal order of ids), and the method, selection and tie-break when they changed.
/// </summary>
/// <param name="Added">Dimensions only the new rule set scores.</param>
/// <param name="Removed">Dimensions only the old rule set scored.</param>
/// <param name="Changed">Dimensions both have whose weight, combine, missing score, bands or lookup differ.</param>
public sealed record ScoringChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<DimensionChange> Changed)
{
    /// <summary>The scoring method (<c>weighted-sum</c>, <c>product</c>, <c>max</c>), when it changed.</summary>
    public TextChange? Method { get; init; }

    /// <summary><c>select.top</c>, when it changed (null: no limit).</summary>
    public NumberChange? Top { get; init; }

    /// <summary><c>select.minScore</c>, when it changed (null: no minimum).</summary>
    public NumberChange? MinScore { get; init; }

    /// <summary><c>select.minCoverage</c>, when it changed.</summary>
    public NumberChange? MinCoverage { get; init; }

    /// <summary>The tie-break dimensions, comma-separated, when they changed.</summary>
    public TextChange? TieBreak { get; init; }

    /// <summary>Whether nothing of the scoring model changed.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0
        && Method is null && Top is null && MinScore is null && MinCoverage is null && TieBreak is null;
}
