using Priorities.Assessments;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets;

namespace Priorities.Linting;

/// <summary>
/// Looks for what makes a valid rule set weaker than it looks (rules/README.md, "Lint"): dimensions no rule scores,
/// priorities no rule can propose, categories two priorities cover, <c>because</c> sentences that quote no number and
/// unbanded dimensions whose score is a fact's figure from the rules alone; rules that never fire, bands no sample reaches and dimensions too light to change the order
/// from sample assessments. Every finding is a warning (codes PR6100–PR6169) at the place in the rule file.
/// </summary>
public static class RuleSetLinter
{
    /// <summary>Lints a rule set, with sample assessments for the checks that need them.</summary>
    /// <param name="ruleSet">A loaded rule set.</param>
    /// <param name="samples">
    /// Assessments to evaluate (none: the sample-based checks are left out; see <see cref="SampleChecksSkipped"/>).
    /// </param>
    /// <param name="cancellationToken">Stops a long run between samples.</param>
    /// <returns>The warnings, sorted by file, line, column and code; the same input always gives the same list.</returns>
    /// <exception cref="Evaluation.RuleSetEvaluationException">The rule set could not evaluate a sample.</exception>
    public static IReadOnlyList<Diagnostic> Lint(
        PlanRuleSet ruleSet, IEnumerable<Assessment> samples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(samples);
        var bag = new DiagnosticBag();
        var compiled = ruleSet.Compiled;
        DimensionUse.Check(compiled.Document, bag);
        ProposalReach.Check(compiled, bag);
        CoverOverlap.Check(compiled.Document, bag);
        BecauseNumbers.Check(compiled, bag);
        FigureScores.Check(compiled.Document, bag);
        var list = samples.ToArray();
        if (SampleChecksSkipped(ruleSet, list.Length) is null)
        {
            var runs = SampleRuns.Evaluate(compiled, list, cancellationToken);
            RuleFiring.Check(compiled.Document, runs, bag);
            BandReach.Check(compiled.Document, runs, bag);
            WeightReach.Check(compiled.Document, runs, bag);
        }
        return bag.Sorted();
    }

    /// <summary>
    /// Why the sample-based checks (rules that never fire, bands never reached, dimensions too light to matter) are
    /// not run, as one line to show the analyst; null when they are.
    /// </summary>
    /// <param name="ruleSet">The rule set linted.</param>
    /// <param name="sampleCount">How many sample assessments were given.</param>
    /// <returns>The reason, or null.</returns>
    public static string? SampleChecksSkipped(PlanRuleSet ruleSet, int sampleCount)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        if (ruleSet.IsRollUp)
            return "a roll-up rule set reads district plans, not assessments: the checks of rules that never fire, bands "
                + "no sample reaches and dimensions too light to change the order were not run.";
        return sampleCount > 0 ? null
            : "no samples given (--samples): the checks of rules that never fire, bands no sample reaches and "
                + "dimensions too light to change the order need sample assessments and were not run.";
    }
}
