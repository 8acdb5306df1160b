using Priorities.Benchmarks.Workload;
using Priorities.Engine;
using Priorities.Engine.Facts;

namespace Priorities.Benchmarks.Engines;

/// <summary>The workload on Priorities.Engine: compile the rules once, then one new session per evaluation.</summary>
public sealed class PrioritiesEngineRunner
{
    private static readonly FactType[] Types =
    [
        FactType.FromClass<CrimeTrend>(),
        FactType.FromClass<HarmScore>(),
        FactType.FromClass<CommunityConcern>(),
        FactType.FromClass<StatutoryDuty>(),
    ];

    private readonly CompiledRuleSet ruleSet;

    private PrioritiesEngineRunner(CompiledRuleSet ruleSet)
    {
        this.ruleSet = ruleSet;
    }

    public static PrioritiesEngineRunner Compile(IEnumerable<WorkloadRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var builder = new RuleSetBuilder();
        foreach (var type in Types) builder.AddFactType(type);
        builder.AddRules(rules.Select(PrioritiesEngineRules.ToDefinition));
        var compilation = builder.Compile();
        if (!compilation.Succeeded) throw new InvalidOperationException(string.Join(Environment.NewLine, compilation.Diagnostics));
        return new PrioritiesEngineRunner(compilation.RuleSet!);
    }

    public IReadOnlyList<Contribution> Evaluate(WorkloadFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var session = ruleSet.CreateSession();
        session.InsertAll(facts.Duties);
        session.InsertAll(facts.Harms);
        session.InsertAll(facts.Concerns);
        session.InsertAll(facts.Trends);
        var firings = session.Fire().Firings;
        var contributions = new List<Contribution>(firings.Count);
        foreach (var firing in firings)
        {
            var output = firing.Output();
            contributions.Add(new Contribution(firing.RuleId, (string)output.Get("category")!, (string)output.Get("area")!, output.GetNumber("points")));
        }
        return contributions;
    }
}
