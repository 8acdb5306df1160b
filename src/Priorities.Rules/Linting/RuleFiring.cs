using Priorities.Diagnostics;
using Priorities.RuleSets.Model;

namespace Priorities.Linting;

/// <summary>PR6101: a rule that fired on none of the samples (it may be dead, or the samples lack what it reads).</summary>
internal static class RuleFiring
{
    public static void Check(RuleSetDocument document, SampleRuns runs, DiagnosticBag bag)
    {
        foreach (var rule in document.Rules.Where(r => !runs.Samples.Any(s => s.Fired.Contains(r.Id))))
            bag.Warning(RulesCodes.LintRuleNeverFires, rule.Location,
                $"Rule '{rule.Id}' fired on no sample ({LintText.Count(runs.Samples.Count, "sample")} evaluated): check its "
                + "conditions, or add a sample with the evidence it reads (priorities explain shows why not).");
    }
}
