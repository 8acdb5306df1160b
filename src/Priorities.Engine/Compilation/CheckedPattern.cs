using Priorities.Engine.Expressions.Semantics;
using Priorities.Engine.Facts;
using Priorities.Engine.Model;

namespace Priorities.Engine.Compilation;

/// <summary>A pattern whose expressions have been parsed and type-checked, with its tuple slots.</summary>
internal sealed record CheckedPattern(
    PatternDefinition Definition,
    int Index,
    FactType? FactType,
    CheckedExpression? Condition,
    CheckedExpression? Value,
    int Slot,
    int ElementSlot)
{
    public PatternKind Kind => Definition.Kind;

    /// <summary>The name that ranges over facts in <see cref="Condition"/>: the binding, or the aggregate's element.</summary>
    public string FactBinding => Kind == PatternKind.Aggregate ? Definition.Element! : Definition.Binding;

    /// <summary>The slot that holds the fact examined by <see cref="Condition"/>.</summary>
    public int FactSlot => Kind == PatternKind.Aggregate ? ElementSlot : Slot;
}
