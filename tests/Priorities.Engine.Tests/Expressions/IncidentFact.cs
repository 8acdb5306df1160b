using Priorities.Engine.Facts;

namespace Priorities.Engine.Tests.Expressions;

/// <summary>A CLR class registered with <c>FactType.FromClass</c> in the translation tests.</summary>
public sealed class IncidentFact
{
    public string Area { get; init; } = string.Empty;

    public int Count { get; init; }

    public double Rate { get; init; }

    public bool Urgent { get; init; }

    public Severity Level { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public List<double>? Scores { get; init; }
}
