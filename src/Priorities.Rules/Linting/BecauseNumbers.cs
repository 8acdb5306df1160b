using Priorities.Diagnostics;
using Priorities.RuleSets.Compilation;

namespace Priorities.Linting;

/// <summary>
/// PR6106: a proposing rule whose <c>because</c> sentence quotes no number: none of its placeholders is an int or
/// number (or a list of numbers) as the compiler typed it, so a board reads a claim without the figure behind it. Rules
/// with <c>mandatory: true</c> are left out: a statutory duty's sentence cites its Act, not a figure.
/// </summary>
internal static class BecauseNumbers
{
    private const string NumberList = "list(number)";

    public static void Check(CompiledRules compiled, DiagnosticBag bag)
    {
        foreach (var rule in compiled.Rules.Where(r => r.Proposal is not null && !r.Spec.Then.Mandatory))
        {
            if (rule.Spec.Then.Because is not { } because) continue;
            var values = compiled.RuleSet.GetEmittedValues(rule.Id)
                .Where(v => v.Name.StartsWith(Proposal.BecauseValue(0)[..^1], StringComparison.Ordinal)).ToArray();
            if (values.Any(v => v.IsNumeric || v.Type == NumberList)) continue;
            var placeholders = values.Length == 0 ? "it has no placeholder"
                : $"its {LintText.Count(values.Length, "placeholder")} render{(values.Length == 1 ? "s" : string.Empty)} "
                    + string.Join(", ", values.Select(v => v.Type).Distinct(StringComparer.Ordinal));
            bag.Warning(RulesCodes.LintBecauseWithoutNumber, because.Location,
                $"The 'because' sentence of rule '{rule.Id}' quotes no number ({placeholders}): a board reads the claim "
                + "without the figure behind it; quote it with a placeholder of a number.");
        }
    }
}
