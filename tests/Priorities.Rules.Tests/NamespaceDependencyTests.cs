using NetArchTest.Rules;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests;

/// <summary>
/// The layers of the Priorities.Rules assembly, read from its compiled code (signatures and method bodies):
/// RuleSets loads and compiles, Evaluation runs what was compiled, so the dependency between them goes one way only.
/// </summary>
public sealed class NamespaceDependencyTests
{
    private const string RuleSets = "Priorities.RuleSets";
    private const string Evaluation = "Priorities.Evaluation";

    [Fact]
    public void RuleSets_Types_DoNotDependOnEvaluation()
    {
        var result = Types.InAssembly(typeof(PlanRuleSet).Assembly)
            .That().ResideInNamespace(RuleSets)
            .ShouldNot().HaveDependencyOn(Evaluation)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{RuleSets} uses {Evaluation} in: {Names(result)}");
    }

    [Fact]
    public void Evaluation_Types_DependOnRuleSetsOnlyForCompiledRulesAndTheModel()
    {
        var result = Types.InAssembly(typeof(PlanRuleSet).Assembly)
            .That().ResideInNamespace(Evaluation)
            .ShouldNot().HaveDependencyOnAny(RuleSets + ".Loading", RuleSets + ".PlanRuleSet", RuleSets + ".RuleSetLoader")
            .GetResult();

        Assert.True(result.IsSuccessful, $"{Evaluation} reaches into loading in: {Names(result)}");
    }

    private static string Names(TestResult result) => string.Join(", ", result.FailingTypeNames ?? []);
}
