using Priorities.Benchmarks.Workload;

namespace Priorities.Benchmarks.Baselines;

/// <summary>
/// The facts of one RulesEngine evaluation indexed for building each trend's candidate tuple:
/// harm by category, concern by (category, area) (the join RulesEngine cannot do) and the duties.
/// </summary>
public sealed class RulesEngineFactIndex
{
    private readonly Dictionary<string, HarmScore> harms = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Category, string Area), CommunityConcern> concerns = [];

    public RulesEngineFactIndex(WorkloadFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var harm in facts.Harms)
        {
            harms[harm.Category] = harm;
        }

        foreach (var concern in facts.Concerns)
        {
            concerns[(concern.Category, concern.Area)] = concern;
        }

        Duties = [.. facts.Duties];
    }

#pragma warning disable CA1819 // The duty facts are handed to RulesEngine as an array input.
    public StatutoryDuty[] Duties { get; }
#pragma warning restore CA1819

    public HarmScore? Harm(string category) => harms.GetValueOrDefault(category);

    public CommunityConcern? Concern(string category, string area) => concerns.GetValueOrDefault((category, area));
}
