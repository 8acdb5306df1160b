using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Model;

/// <summary>A fact type declared under <c>facts:</c>, which rules derive for other rules.</summary>
internal sealed record FactTypeDefinition(string Name, IReadOnlyList<FactFieldDefinition> Fields, SourceLocation Location);
