using Priorities.Engine.Diagnostics;
using Priorities.Engine.Facts;

namespace Priorities.RuleSets.Model;

/// <summary>A field of a fact type declared under <c>facts:</c>; <see cref="Nullable"/> when its type ends in <c>?</c>.</summary>
internal sealed record FactFieldDefinition(string Name, FieldType Type, SourceLocation Location, bool Nullable = false);
