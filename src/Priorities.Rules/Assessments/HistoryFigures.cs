namespace Priorities.Assessments;

/// <summary>A priority's figures in an adopted plan, as its decision record gives them.</summary>
public sealed record HistoryFigures
{
    /// <summary>The priority id.</summary>
    public required string Id { get; init; }

    /// <summary>Its rank in the adopted plan, from 1.</summary>
    public required int Rank { get; init; }

    /// <summary>Its score in the proposal the board adopted; null for a priority the board added from outside it.</summary>
    public double? Score { get; init; }

    /// <summary>The raw values of its score breakdown, per dimension, in the scoring model's order.</summary>
    public IReadOnlyList<HistoryRawValue> Raw { get; init; } = [];
}
