using Priorities.Engine.Expressions.Semantics;
using Priorities.Engine.Facts;

namespace Priorities.Engine.Compilation;

/// <summary>A named value expression of an action, with the field it fills when the action inserts a fact.</summary>
internal sealed record CheckedValue(string Name, CheckedExpression Expression, FactField? Field);
