namespace Priorities.Testing;

/// <summary>The <c>expect</c> of one test: what the plan must show.</summary>
internal sealed record Expectation
{
    public const double DefaultTolerance = 0.001;

    public IReadOnlyList<string> Order { get; init; } = [];

    public IReadOnlyList<string> Top { get; init; } = [];

    public IReadOnlyList<string> Selected { get; init; } = [];

    public IReadOnlyList<string> NotSelected { get; init; } = [];

    public IReadOnlyList<string> Mandatory { get; init; } = [];

    public IReadOnlyList<string> EvidenceGaps { get; init; } = [];

    public IReadOnlyList<KeyValuePair<string, double>> Coverage { get; init; } = [];

    public IReadOnlyList<KeyValuePair<string, double>> Scores { get; init; } = [];

    public double Tolerance { get; init; } = DefaultTolerance;

    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Rationale { get; init; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Status { get; init; } = [];

    /// <summary>Measure id to the status the plan gives it (a measure of a selected priority).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Measures { get; init; } = [];

    /// <summary>Measure id to its RAG rating.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Rag { get; init; } = [];
}
