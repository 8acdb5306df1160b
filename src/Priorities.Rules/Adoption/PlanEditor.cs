using Priorities.Diagnostics;
using Priorities.Results;
using Priorities.Yaml;

namespace Priorities.Adoption;

/// <summary>
/// Applies a board's changes to a proposal's plan in written order, refusing at the change's place: removing a
/// statutory duty (PR7000), an id neither in the plan nor among the candidates (PR7001, with "did you mean"), adding
/// an id that is no candidate without a title (PR7002), a rank out of range (PR7003), adding one already in (PR7008).
/// </summary>
internal sealed class PlanEditor(PlanResult proposal, DiagnosticBag bag)
{
    private readonly List<AdoptedPriority> _plan = proposal.Priorities.OrderBy(p => p.Rank).Select(Proposed).ToList();

    /// <summary>The adopted plan, ranked 1 to N in its current order.</summary>
    public IReadOnlyList<AdoptedPriority> Plan => _plan.Select((p, i) => p with { Rank = i + 1 }).ToArray();

    public void Apply(DecisionItem item)
    {
        var change = item.Change;
        var index = _plan.FindIndex(p => string.Equals(p.Id, change.Priority, StringComparison.Ordinal));
        if (change.Action == BoardActions.Add)
        {
            Add(item, index);
            return;
        }
        if (index < 0)
        {
            Unknown(item);
            return;
        }
        var current = _plan[index];
        switch (change.Action)
        {
            case BoardActions.Remove when IsDuty(current):
                bag.Error(RulesCodes.AdoptionRemovesDuty, item.PriorityAt,
                    $"'{current.Id}' is a statutory duty ({Basis(current.Id)}); the plan must include it, so it cannot be removed.");
                break;
            case BoardActions.Remove:
                _plan.RemoveAt(index);
                break;
            case BoardActions.Move when InRange(item, _plan.Count):
                _plan.RemoveAt(index);
                _plan.Insert(change.To!.Value - 1, current);
                break;
            case BoardActions.Rename:
                _plan[index] = current with { Title = change.Title!.Trim() };
                break;
            case BoardActions.SetLead:
                _plan[index] = current with { Lead = change.Lead };
                break;
            case BoardActions.SetFunding:
                _plan[index] = current with { Funding = change.Funding! };
                break;
        }
    }

    private void Add(DecisionItem item, int index)
    {
        var change = item.Change;
        if (index >= 0)
        {
            bag.Error(RulesCodes.AdoptionAlreadyInPlan, item.PriorityAt,
                $"'{change.Priority}' is already in the plan (rank {index + 1}); use 'move' to change its rank.");
            return;
        }
        var added = Candidate(change.Priority, change.Title);
        if (added is null)
        {
            var near = Nearest(change.Priority) is { } n ? $" Did you mean '{n}'?" : string.Empty;
            bag.Error(RulesCodes.AdoptionNotCandidate, item.PriorityAt,
                $"'{change.Priority}' is not a candidate of the proposal (not selected or an evidence gap).{near} "
                + "To add a priority the rules did not assess, give its 'title'.");
            return;
        }
        if (change.To is not null && !InRange(item, _plan.Count + 1)) return;
        var at = change.To is { } to ? to - 1 : _plan.FindLastIndex(p => !p.Mandatory) + 1;
        _plan.Insert(at, added with { Lead = change.Lead ?? added.Lead, Funding = change.Funding ?? added.Funding });
    }

    private AdoptedPriority? Candidate(string id, string? title)
    {
        if (proposal.NotSelected.FirstOrDefault(c => c.Id == id) is { } rejected)
            return new AdoptedPriority
            {
                Rank = 0, Id = id, Title = title?.Trim() ?? rejected.Title, Origin = AdoptionOrigins.NotSelected,
                Score = rejected.Score, Raw = Raw(rejected.Breakdown),
            };
        if (proposal.EvidenceGaps.FirstOrDefault(g => g.Id == id) is { } gap)
            return new AdoptedPriority { Rank = 0, Id = id, Title = title?.Trim() ?? gap.Title, Origin = AdoptionOrigins.EvidenceGap };
        return string.IsNullOrWhiteSpace(title) ? null
            : new AdoptedPriority { Rank = 0, Id = id, Title = title.Trim(), Origin = AdoptionOrigins.Board };
    }

    private void Unknown(DecisionItem item)
    {
        var id = item.Change.Priority;
        var candidate = proposal.NotSelected.Any(c => c.Id == id) || proposal.EvidenceGaps.Any(g => g.Id == id);
        var near = Nearest(id) is { } n ? $" Did you mean '{n}'?" : string.Empty;
        bag.Error(RulesCodes.AdoptionUnknownPriority, item.PriorityAt, candidate
            ? $"'{id}' is not in the plan (it is a candidate the proposal did not select); 'add' it before '{item.Change.Action}'."
            : $"Unknown priority '{id}': it is neither in the plan nor a candidate of the proposal.{near}");
    }

    private bool InRange(DecisionItem item, int count)
    {
        if (item.Change.To is >= 1 and var to && to <= count) return true;
        bag.Error(RulesCodes.AdoptionRankOutOfRange, item.ToAt,
            $"Rank {item.Change.To} is out of range: the plan has ranks 1 to {count} for this change.");
        return false;
    }

    private bool IsDuty(AdoptedPriority priority) =>
        priority.Mandatory || proposal.StatutoryDuties.Any(d => string.Equals(d.Id, priority.Id, StringComparison.Ordinal));

    private string Basis(string id) =>
        proposal.StatutoryDuties.FirstOrDefault(d => d.Id == id) is { } duty ? $"{duty.Section} {duty.Act}"
        : proposal.Priorities.FirstOrDefault(p => p.Id == id)?.LegalBasis ?? "mandatory in the rule set";

    private string? Nearest(string id) =>
        Suggestions.Nearest(id, _plan.Select(p => p.Id)
            .Concat(proposal.NotSelected.Select(c => c.Id)).Concat(proposal.EvidenceGaps.Select(g => g.Id)));

    private static AdoptedPriority Proposed(ProposedPriority p) => new()
    {
        Rank = p.Rank, Id = p.Id, Title = p.Title, Origin = AdoptionOrigins.Proposed, Mandatory = p.Mandatory,
        Score = p.Score, Raw = Raw(p.Breakdown), Lead = p.Lead, Funding = p.Funding,
    };

    /// <summary>The breakdown's raw values, but none from evidence marked sensitive: a record quotes no sensitive figure.</summary>
    private static RawScore[] Raw(IReadOnlyList<ScoreComponent> breakdown) =>
        breakdown.Where(c => c.Raw is not null && !c.Sensitive).Select(c => new RawScore(c.Dimension, c.Raw!.Value)).ToArray();
}
