using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Priorities.Engine.Facts;

namespace Priorities.Engine.Tests.Properties;

public sealed class EnginePropertiesTests
{
    private const int MaxDepth = 4;

    [Property(MaxTest = 300)]
    public Property Fire_RandomRuleSets_Meets_Specification(int seed)
    {
        var scenario = ScenarioGenerator.Generate(seed);
        var expected = new ReferenceEvaluator(scenario, MaxDepth).Run();
        var actual = Run(scenario, scenario.Facts);
        var same = expected is null ? actual is null : actual is not null && expected.SequenceEqual(actual);
        return same.Label($"{scenario}\nexpected: {Show(expected)}\nactual:   {Show(actual)}");
    }

    [Property(MaxTest = 200)]
    public Property Fire_ShuffledFacts_Meets_Specification(int seed, int shuffleSeed)
    {
        var scenario = ScenarioGenerator.Generate(seed, allowChaining: false);
        var shuffled = scenario.Facts.OrderBy(_ => new Random(shuffleSeed).Next()).ToList();
        var first = Describe(scenario, scenario.Facts);
        var second = Describe(scenario, shuffled);
        return first.SequenceEqual(second).Label($"{scenario}\nin order: {string.Join(" ", first)}\nshuffled: {string.Join(" ", second)}");
    }

    [Property(MaxTest = 100)]
    public Property Fire_RepeatedRuns_Meets_Specification(int seed)
    {
        var scenario = ScenarioGenerator.Generate(seed);
        var ruleSet = ScenarioCompiler.Compile(scenario);
        return (Show(RunOn(ruleSet, scenario.Facts)) == Show(RunOn(ruleSet, scenario.Facts))).Label(scenario.ToString());
    }

    [Property(MaxTest = 100)]
    public Property Fire_Chaining_Meets_Specification(int seed)
    {
        var scenario = ScenarioGenerator.Generate(seed);
        var ruleSet = ScenarioCompiler.Compile(scenario);
        var session = ruleSet.CreateSession(new SessionOptions { MaxChainDepth = MaxDepth, MaxDerivedFacts = 10_000 });
        session.InsertAll(scenario.Facts);
        try
        {
            var result = session.Fire();
            return result.Facts.All(f => f.Depth <= MaxDepth).ToProperty();
        }
        catch (ChainLimitExceededException e)
        {
            return (e.RuleIds.Count > 0 && e.RuleIds.All(id => scenario.Rules.Any(r => r.Id == id))).Label(e.Message);
        }
    }

    private static List<ReferenceFiring>? Run(Scenario scenario, IEnumerable<FactRecord> facts) => RunOn(ScenarioCompiler.Compile(scenario), facts);

    private static List<ReferenceFiring>? RunOn(CompiledRuleSet ruleSet, IEnumerable<FactRecord> facts)
    {
        var session = ruleSet.CreateSession(new SessionOptions { MaxChainDepth = MaxDepth });
        session.InsertAll(facts);
        try
        {
            return session.Fire().Firings.Select(f => new ReferenceFiring(f.RuleId, string.Join(",", f.Facts.Select(h => h.Sequence)))).ToList();
        }
        catch (ChainLimitExceededException)
        {
            return null;
        }
    }

    /// <summary>Firings named by fact content rather than insertion order, so runs over shuffled facts compare.</summary>
    private static List<string> Describe(Scenario scenario, IEnumerable<FactRecord> facts)
    {
        var session = ScenarioCompiler.Compile(scenario).CreateSession();
        session.InsertAll(facts);
        return session.Fire().Firings.Select(f => f.RuleId + "(" + string.Join(";", f.Facts.Select(h => h.Fact.ToString())) + ")").Order(StringComparer.Ordinal).ToList();
    }

    private static string Show(List<ReferenceFiring>? firings) => firings is null ? "chain limit" : string.Join(" ", firings);
}
