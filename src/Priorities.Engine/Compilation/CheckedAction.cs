using Priorities.Engine.Facts;
using Priorities.Engine.Model;

namespace Priorities.Engine.Compilation;

/// <summary>An action whose value expressions have been type-checked.</summary>
internal sealed record CheckedAction(ActionDefinition Definition, FactType? FactType, IReadOnlyList<CheckedValue> Values);
