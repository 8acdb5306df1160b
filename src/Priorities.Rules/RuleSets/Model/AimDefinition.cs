using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Model;

/// <summary>An aim of a rule set's framework: the outcome that several priorities serve.</summary>
/// <param name="Id">The aim's id, unique across the rule set and what it extends or includes.</param>
/// <param name="Title">The title a board reads.</param>
/// <param name="Description">A longer description, if any.</param>
/// <param name="Location">Where its entry starts.</param>
internal sealed record AimDefinition(string Id, string Title, string? Description, SourceLocation Location);
