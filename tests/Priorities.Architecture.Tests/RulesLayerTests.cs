namespace Priorities.Architecture.Tests;

/// <summary>
/// The layers inside Priorities.Rules, read from its compiled code: RuleSets loads and compiles, Evaluation runs what
/// was compiled, so the dependency between them goes one way only and Evaluation never reaches into loading.
/// </summary>
public sealed class RulesLayerTests
{
    private const string RuleSets = "Priorities.RuleSets";
    private const string Evaluation = "Priorities.Evaluation";

    private static readonly string[] LoadingTypes = [RuleSets + ".PlanRuleSet", RuleSets + ".RuleSetLoader"];

    [Fact]
    public void RuleSets_Types_DoNotDependOnEvaluation()
    {
        var offending = Dependencies().Where(d => d.FromUnder(RuleSets) && d.ToUnder(Evaluation));

        Assert.Empty(offending.Select(d => d.ToString()));
    }

    [Fact]
    public void Evaluation_Types_DependOnRuleSetsOnlyForCompiledRulesAndTheModel()
    {
        var fromEvaluation = Dependencies().Where(d => d.FromUnder(Evaluation)).ToList();

        var offending = fromEvaluation.Where(d => d.ToUnder(RuleSets + ".Loading") || LoadingTypes.Any(d.IsTo));

        Assert.Empty(offending.Select(d => d.ToString()));
        Assert.All(LoadingTypes, t => Assert.Contains(Dependencies(), d => d.IsTo(t)));
        Assert.Contains(fromEvaluation, d => d.ToUnder(RuleSets + ".Compilation"));
        Assert.Contains(fromEvaluation, d => d.ToUnder(RuleSets + ".Model"));
    }

    private static IEnumerable<TypeDependency> Dependencies() =>
        NamespaceGraph.TypeDependencies(ProductAssemblies.Rules);
}
