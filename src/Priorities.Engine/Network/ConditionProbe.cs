namespace Priorities.Engine.Network;

/// <summary>A conjunct compiled for explanation: its value and, for comparisons, both sides, over slot values.</summary>
internal sealed record ConditionProbe(
    int PatternIndex,
    string Binding,
    string Text,
    IReadOnlyList<int> Slots,
    Func<object?[], object?> Whole,
    string? Operator,
    Func<object?[], object?>? Left,
    Func<object?[], object?>? Right);
