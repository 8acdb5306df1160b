namespace Priorities.Diffs;

/// <summary>A priority that entered or left the plan, with one plain sentence saying why.</summary>
/// <param name="Id">The catalogue id.</param>
/// <param name="Title">The title.</param>
/// <param name="Sentence">
/// Built from the largest contribution deltas and their causes, such as "Cycle crime left the plan: the trend weight
/// fell from 2 to 1, costing 4 points; it now scores 13 against a threshold of 15." It never quotes a raw value from
/// evidence marked sensitive.
/// </param>
public sealed record PlanMove(string Id, string Title, string Sentence);
