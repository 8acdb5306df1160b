using System.Collections.Immutable;
using Priorities.Benchmarks.Workload;

namespace Priorities.Benchmarks.Baselines;

/// <summary>The compiled rules of one category, split by template, in rule order.</summary>
public sealed class HandWrittenRuleGroup
{
    public HandWrittenRuleGroup(string category, IEnumerable<WorkloadRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Category = category;
        var list = rules.ToList();
        RisingTrend = Select(list, RuleTemplate.RisingTrend);
        HighHarm = Select(list, RuleTemplate.HighHarm);
        CommunityConcern = Select(list, RuleTemplate.CommunityConcern);
        StatutoryDuty = Select(list, RuleTemplate.StatutoryDuty);
    }

    public string Category { get; }

    public ImmutableArray<WorkloadRule> RisingTrend { get; }

    public ImmutableArray<WorkloadRule> HighHarm { get; }

    public ImmutableArray<WorkloadRule> CommunityConcern { get; }

    public ImmutableArray<WorkloadRule> StatutoryDuty { get; }

    private static ImmutableArray<WorkloadRule> Select(List<WorkloadRule> rules, RuleTemplate template) =>
        [.. rules.Where(rule => rule.Template == template)];
}
