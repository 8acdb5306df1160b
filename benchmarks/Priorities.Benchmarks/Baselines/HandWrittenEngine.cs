using Priorities.Benchmarks.Workload;

namespace Priorities.Benchmarks.Baselines;

/// <summary>
/// The hand-written C# baseline, the lower bound the engines are compared with. Compiling groups
/// the rules by category; each evaluation is a new <see cref="HandWrittenSession"/> that indexes
/// the facts (harm by category, concern by (category, area), duties as a set) and fires the rules
/// of each trend's category.
/// </summary>
public sealed class HandWrittenEngine
{
    private readonly Dictionary<string, HandWrittenRuleGroup> groups;

    private HandWrittenEngine(Dictionary<string, HandWrittenRuleGroup> groups)
    {
        this.groups = groups;
    }

    public static HandWrittenEngine Compile(IEnumerable<WorkloadRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var groups = rules
            .GroupBy(rule => rule.Category, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => new HandWrittenRuleGroup(group.Key, group), StringComparer.Ordinal);
        return new HandWrittenEngine(groups);
    }

    public IReadOnlyList<Contribution> Evaluate(WorkloadFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new HandWrittenSession(groups, facts).Fire();
    }
}
