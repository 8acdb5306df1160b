using Priorities.Engine.Facts;

namespace Priorities.Engine.Expressions;

/// <summary>
/// A name visible to an expression: either a fact binding (<see cref="FactType"/> set; fields are read with
/// <c>name.field</c>) or a plain value such as an aggregate result (<see cref="ValueType"/> set).
/// </summary>
internal sealed record ScopeBinding(string Name, FactType? FactType, ExprType? ValueType)
{
    public static ScopeBinding Fact(string name, FactType type) => new(name, type, null);

    public static ScopeBinding Value(string name, ExprType type) => new(name, null, type);
}
