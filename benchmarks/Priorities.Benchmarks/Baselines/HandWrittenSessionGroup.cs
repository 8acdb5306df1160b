using System.Collections.Immutable;
using Priorities.Benchmarks.Workload;

namespace Priorities.Benchmarks.Baselines;

/// <summary>
/// The rules of one category as seen by one session: the category's harm score (if any) and the
/// statutory-duty rules whose duty is present, both resolved once per session rather than per trend.
/// </summary>
public sealed class HandWrittenSessionGroup
{
    public HandWrittenSessionGroup(HandWrittenRuleGroup rules, HarmScore? harm, IReadOnlySet<string> duties)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(duties);
        Rules = rules;
        Harm = harm;
        ActiveDutyRules = [.. rules.StatutoryDuty.Where(rule => duties.Contains(rule.Duty))];
    }

    public HandWrittenRuleGroup Rules { get; }

    public HarmScore? Harm { get; }

    public ImmutableArray<WorkloadRule> ActiveDutyRules { get; }
}
