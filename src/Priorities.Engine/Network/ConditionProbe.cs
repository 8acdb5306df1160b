namespace Priorities.Engine.Network;

/// <summary>
/// A conjunct compiled for explanation: its value and, for comparisons, both sides, over slot values; and the nullable
/// fields it uses, each with a test that its value is known and whether the conjunct guards it itself with <c>has</c>.
/// </summary>
internal sealed record ConditionProbe(
    int PatternIndex,
    string Binding,
    string Text,
    IReadOnlyList<int> Slots,
    Func<object?[], object?> Whole,
    string? Operator,
    Func<object?[], object?>? Left,
    Func<object?[], object?>? Right,
    IReadOnlyList<(string Path, bool Guarded, Func<object?[], object?> Known)> Nullable);
