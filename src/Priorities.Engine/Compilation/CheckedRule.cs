using Priorities.Engine.Model;

namespace Priorities.Engine.Compilation;

/// <summary>A rule whose patterns and actions have been checked, with the layout of its tuples.</summary>
internal sealed record CheckedRule(
    RuleDefinition Definition,
    int Index,
    IReadOnlyList<CheckedPattern> Patterns,
    IReadOnlyList<CheckedAction> Actions,
    IReadOnlyDictionary<string, int> Slots,
    int Width);
