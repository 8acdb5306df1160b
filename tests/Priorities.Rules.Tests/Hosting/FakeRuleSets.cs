using Priorities.Diagnostics;
using Priorities.RuleSets;
using Priorities.RuleSets.Compilation;
using Priorities.RuleSets.Model;

namespace Priorities.Rules.Tests.Hosting;

/// <summary>
/// A loader for the provider's own tests: a file whose text is <c>version: X</c> "compiles" to a rule set of version
/// X; any other text fails with an error at 1:1. It lets the reload mechanics be tested apart from the YAML reader.
/// </summary>
internal static class FakeRuleSets
{
    public static RuleSetLoadResult Load(IReadOnlyList<string> paths)
    {
        var root = paths[0];
        var text = File.ReadAllText(root).Trim();
        if (!text.StartsWith("version: ", StringComparison.Ordinal))
            return new RuleSetLoadResult(root, null, [new Diagnostic("PR1000", DiagnosticSeverity.Error, $"not a rule set: '{text}'", SourceLocation.StartOf(root))]);
        return new RuleSetLoadResult(root, Create(root, text["version: ".Length..]), []);
    }

    private static PlanRuleSet Create(string root, string version)
    {
        var scoring = new ScoringModel(ScoringMethod.WeightedSum, [], new SelectionPolicy(null, null), [], SourceLocation.StartOf(root));
        var document = new RuleSetDocument("fake", version, null, [Path.GetFullPath(root)], version, [], scoring, [], [], SourceLocation.StartOf(root));
        return new PlanRuleSet(new CompiledPlan { Document = document });
    }
}
