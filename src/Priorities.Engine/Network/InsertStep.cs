using Priorities.Engine.Facts;

namespace Priorities.Engine.Network;

/// <summary>An insert action: the fact type and, per field, the delegate computing its value.</summary>
internal sealed record InsertStep(FactType Type, IReadOnlyList<(string Field, Func<FactHandle?[], object?> Value)> Fields);
