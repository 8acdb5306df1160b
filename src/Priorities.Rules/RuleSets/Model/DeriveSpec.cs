using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Model;

/// <summary>A <c>then.derive</c> item: a declared fact type and the expressions of its fields.</summary>
internal sealed record DeriveSpec(string FactType, SourceLocation FactTypeLocation, IReadOnlyList<KeyValuePair<string, SourceText>> Values, SourceLocation Location);
