using Priorities.Results;

namespace Priorities.Diffs;

/// <summary>One priority as one plan has it: its place, title, breakdown and whether it is mandatory.</summary>
internal sealed record PlanEntry(string Id, string Title, PriorityPlace Place, IReadOnlyList<ScoreComponent> Breakdown, bool Mandatory)
{
    public static PlanEntry Absent(string id, string title) => new(id, title, new PriorityPlace(PriorityStates.Absent), [], false);
}
