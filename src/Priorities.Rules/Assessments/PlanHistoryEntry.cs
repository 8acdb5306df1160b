namespace Priorities.Assessments;

/// <summary>
/// One adopted plan of the partnership's plan history: the year it was adopted, the priority ids it carried and,
/// when there is one, the decision record of the board that adopted it.
/// </summary>
public sealed record PlanHistoryEntry
{
    /// <summary>The year the plan was adopted; before the end year of the assessment's period.</summary>
    public required int Year { get; init; }

    /// <summary>The priority ids the plan adopted (read from the decision record when the file leaves them out).</summary>
    public IReadOnlyList<string> Adopted { get; init; } = [];

    /// <summary>
    /// Where the decision record of that year is: a path relative to the assessment file as written, or
    /// <c>sha256:HEX</c> (the SHA-256 of its canonical bytes) for a record given inline; null when there is none.
    /// </summary>
    public string? DecisionRecord { get; init; }

    /// <summary>
    /// The adopted plan's figures (rank, score and raw values per priority), read from the decision record; empty
    /// when there is no readable record. "What changed since last year" compares this year's figures with them.
    /// </summary>
    public IReadOnlyList<HistoryFigures> Figures { get; init; } = [];
}
