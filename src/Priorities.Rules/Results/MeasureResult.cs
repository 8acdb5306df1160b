namespace Priorities.Results;

/// <summary>A priority's measure with its target and how the latest actual stands against it.</summary>
public sealed record MeasureResult
{
    /// <summary>The measure id, unique in the rule set.</summary>
    public required string Id { get; init; }

    /// <summary>Its title, as a board reads it.</summary>
    public required string Title { get; init; }

    /// <summary>Its unit, e.g. <c>offences</c>, <c>per 1,000</c>, <c>%</c>.</summary>
    public required string Unit { get; init; }

    /// <summary><c>down</c> when lower is better, <c>up</c> when higher is better.</summary>
    public required string Direction { get; init; }

    /// <summary>The baseline it is measured from; null when the rule set gives none (an absolute target).</summary>
    public MeasurePoint? Baseline { get; init; }

    /// <summary>The target.</summary>
    public required MeasureTarget Target { get; init; }

    /// <summary>The latest actual in the assessment; null when there is none.</summary>
    public MeasurePoint? Actual { get; init; }

    /// <summary>One of the <see cref="MeasureStatus"/> status values, as derived by the rule set's rules.</summary>
    public required string Status { get; init; }

    /// <summary>One of the <see cref="MeasureStatus"/> RAG values.</summary>
    public required string Rag { get; init; }

    /// <summary>The sentence a board reads about it, e.g. "Off track: 412 against a target of 380 by 2025/26".</summary>
    public required string Summary { get; init; }
}
