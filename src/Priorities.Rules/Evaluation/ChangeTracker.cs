using Priorities.Results;

namespace Priorities.Evaluation;

/// <summary>
/// Compares the plan with the plan history: each selected priority is new, continuing (in last year's plan) or
/// returning (in an earlier plan only); the rest of last year's plan is dropped. A statutory duty's status is its own
/// (<paramref name="dutyStatus"/>: continuing when in force before last year's plan), whether or not the history names
/// it. Evidence gaps are not assessed (evidence missing) rather than dropped.
/// </summary>
internal sealed class ChangeTracker(PlanHistory history, IReadOnlyDictionary<string, string> dutyStatus)
{
    public PlanHistory History => history;

    public bool IsContinuing(string id) => dutyStatus.TryGetValue(id, out var status)
        ? string.Equals(status, PriorityStatus.Continuing, StringComparison.Ordinal)
        : history.InLastPlan(id);

    public string Status(string id) =>
        IsContinuing(id) ? PriorityStatus.Continuing
        : !dutyStatus.ContainsKey(id) && history.Returning(id) ? PriorityStatus.Returning
        : PriorityStatus.New;

    /// <summary>For a continuing priority, the first year of the unbroken run of plans that carry it; else null.</summary>
    public int? Since(string id) => IsContinuing(id) ? history.Since(id) : null;

    /// <summary>The rationale's last line: new, continuing (since when) or returning (last adopted when).</summary>
    public string StatusLine(string id) => Status(id) switch
    {
        PriorityStatus.Continuing when Since(id) is { } since && since < history.LastYear =>
            $"Continuing: in every plan since {since}.",
        PriorityStatus.Continuing => RationaleWriter.Continuing,
        PriorityStatus.Returning => $"Returning: last in the plan of {history.LastAdopted(id)}.",
        _ => RationaleWriter.New,
    };

    /// <summary>
    /// The ids of last year's plan that this plan leaves out, each once: those still candidates in the order they
    /// ranked (best first), then those no longer in the catalogue by id, so that the order of last year's list never
    /// matters. Evidence gaps are left out: they were not assessed.
    /// </summary>
    public IReadOnlyList<DroppedPriority> Dropped(
        IReadOnlyList<Candidate> candidates, Selection selection, Func<Rejection, string> selectionReason, string ruleSet)
    {
        var selected = selection.Selected.Concat(selection.Gaps).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var rejected = selection.Rejected.ToDictionary(r => r.Candidate.Id, StringComparer.Ordinal);
        var place = selection.Rejected.Select((r, i) => (r.Candidate.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var catalogue = candidates.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return history.LastPlan
            .Where(id => !selected.Contains(id))
            .OrderBy(id => place.TryGetValue(id, out var i) ? i : int.MaxValue)
            .ThenBy(id => id, StringComparer.Ordinal)
            .Select(id => rejected.TryGetValue(id, out var rejection)
                ? new DroppedPriority(id, rejection.Candidate.Title, $"Not selected this year. {selectionReason(rejection)}", history.LastYear)
                : new DroppedPriority(id, null,
                    catalogue.Contains(id) ? "Not selected this year." : $"No longer in the catalogue of rule set {ruleSet}.", history.LastYear))
            .ToArray();
    }
}
