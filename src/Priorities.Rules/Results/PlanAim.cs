namespace Priorities.Results;

/// <summary>An aim of the rule set's framework (seed 004's three aims, say): the outcome several priorities serve.</summary>
/// <param name="Id">Its id, as priorities name it in <see cref="ProposedPriority.Aim"/>.</param>
/// <param name="Title">The title a board reads.</param>
/// <param name="Description">A longer description; null when the rule set gives none.</param>
public sealed record PlanAim(string Id, string Title, string? Description);
