using System.Collections.Immutable;
using Priorities.Benchmarks.Workload;

namespace Priorities.Benchmarks.Baselines;

/// <summary>One evaluation of the hand-written baseline: index the facts, then fire every rule per trend.</summary>
public sealed class HandWrittenSession
{
    private readonly Dictionary<string, HandWrittenSessionGroup> groups;
    private readonly Dictionary<(string Category, string Area), CommunityConcern> concerns;
    private readonly IReadOnlyList<CrimeTrend> trends;
    private readonly List<Contribution> contributions = [];

    public HandWrittenSession(IReadOnlyDictionary<string, HandWrittenRuleGroup> rules, WorkloadFacts facts)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(facts);
        var harms = new Dictionary<string, HarmScore>(StringComparer.Ordinal);
        foreach (var harm in facts.Harms)
        {
            harms[harm.Category] = harm;
        }

        var duties = facts.Duties.Select(duty => duty.Name).ToHashSet(StringComparer.Ordinal);
        groups = new Dictionary<string, HandWrittenSessionGroup>(StringComparer.Ordinal);
        foreach (var (category, group) in rules)
        {
            groups[category] = new HandWrittenSessionGroup(group, harms.GetValueOrDefault(category), duties);
        }

        concerns = new Dictionary<(string Category, string Area), CommunityConcern>(facts.Concerns.Count);
        foreach (var concern in facts.Concerns)
        {
            concerns[(concern.Category, concern.Area)] = concern;
        }

        trends = facts.Trends;
    }

    public IReadOnlyList<Contribution> Fire()
    {
        foreach (var trend in trends)
        {
            if (groups.TryGetValue(trend.Category, out var group))
            {
                FireRisingTrend(group.Rules.RisingTrend, trend);
                FireHighHarm(group.Rules.HighHarm, trend, group.Harm);
                FireCommunityConcern(group.Rules.CommunityConcern, trend);
                FireStatutoryDuty(group.ActiveDutyRules, trend);
            }
        }

        return contributions;
    }

    private void FireRisingTrend(ImmutableArray<WorkloadRule> rules, CrimeTrend t)
    {
        foreach (var rule in rules)
        {
            if (t.DeltaPct > rule.DeltaThreshold)
            {
                Add(rule, t, rule.Weight * t.DeltaPct / 10);
            }
        }
    }

    private void FireHighHarm(ImmutableArray<WorkloadRule> rules, CrimeTrend t, HarmScore? h)
    {
        if (h is null)
        {
            return;
        }

        foreach (var rule in rules)
        {
            if (t.DeltaPct > rule.DeltaThreshold && h.Score >= rule.HarmMin)
            {
                Add(rule, t, rule.Weight * h.Score / 10);
            }
        }
    }

    private void FireCommunityConcern(ImmutableArray<WorkloadRule> rules, CrimeTrend t)
    {
        if (rules.IsEmpty || !concerns.TryGetValue((t.Category, t.Area), out var cc))
        {
            return;
        }

        foreach (var rule in rules)
        {
            if (t.DeltaPct > rule.DeltaThreshold && cc.Level >= rule.LevelMin)
            {
                Add(rule, t, rule.Weight * cc.Level);
            }
        }
    }

    private void FireStatutoryDuty(ImmutableArray<WorkloadRule> rules, CrimeTrend t)
    {
        foreach (var rule in rules)
        {
            if (t.Count >= rule.CountMin)
            {
                Add(rule, t, rule.Weight * 5);
            }
        }
    }

    private void Add(WorkloadRule rule, CrimeTrend t, double points) =>
        contributions.Add(new Contribution(rule.Id, t.Category, t.Area, points));
}
