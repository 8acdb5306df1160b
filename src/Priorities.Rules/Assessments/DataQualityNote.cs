namespace Priorities.Assessments;

/// <summary>
/// A caveat about the evidence, such as small numbers, a recording-practice change, missing months or skipped rows.
/// </summary>
public sealed record DataQualityNote
{
    /// <summary>What kind of caveat it is; one of <see cref="DataQualityKinds"/> or a kind of your own.</summary>
    public required string Kind { get; init; }

    /// <summary>The category it affects, if it affects one.</summary>
    public string? Category { get; init; }

    /// <summary>The area it affects, if it affects one.</summary>
    public string? Area { get; init; }

    /// <summary>The month it applies from (<c>YYYY-MM</c>), such as the month a recording change took effect or a missing month.</summary>
    public string? From { get; init; }

    /// <summary>How many rows or records it concerns, when it is a count.</summary>
    public long? Count { get; init; }

    /// <summary>The caveat in plain English, naming files and values where they help.</summary>
    public required string Message { get; init; }
}
