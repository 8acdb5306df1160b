using Priorities.Results;

namespace Priorities.Evaluation;

/// <summary>
/// Compares the plan with last year's: each selected priority is new or continuing; the rest of last year's plan is
/// dropped. A statutory duty's status is its own (<paramref name="dutyStatus"/>: continuing when in force before last
/// year's plan), whether or not last year's list named it. Evidence gaps are not assessed (evidence missing) rather
/// than dropped.
/// </summary>
internal sealed class ChangeTracker(IReadOnlyList<string> previousPlan, IReadOnlyDictionary<string, string> dutyStatus)
{
    private readonly HashSet<string> _previous = previousPlan.ToHashSet(StringComparer.Ordinal);

    public bool IsContinuing(string id) => dutyStatus.TryGetValue(id, out var status)
        ? string.Equals(status, PriorityStatus.Continuing, StringComparison.Ordinal)
        : _previous.Contains(id);

    public string Status(string id) => IsContinuing(id) ? PriorityStatus.Continuing : PriorityStatus.New;

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
        return previousPlan
            .Distinct(StringComparer.Ordinal)
            .Where(id => !selected.Contains(id))
            .OrderBy(id => place.TryGetValue(id, out var i) ? i : int.MaxValue)
            .ThenBy(id => id, StringComparer.Ordinal)
            .Select(id => rejected.TryGetValue(id, out var rejection)
                ? new DroppedPriority(id, rejection.Candidate.Title, $"Not selected this year. {selectionReason(rejection)}")
                : new DroppedPriority(id, null, catalogue.Contains(id) ? "Not selected this year." : $"No longer in the catalogue of rule set {ruleSet}."))
            .ToArray();
    }
}
