using Priorities.Assessments;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Evaluation;
using Priorities.RuleSets;

namespace Priorities.Sensitivity;

/// <summary>
/// Weight sensitivity: how a plan's order and selection hold when the weights move. The assessment is evaluated once
/// (the rules' findings do not depend on weights); then the candidates are scored, ranked and selected again exactly
/// as the plan is, for seeded Monte Carlo samples of every weight within the spread and for one-at-a-time sweeps of
/// each weight that find, per priority, the smallest single change flipping it in or out of the plan.
/// </summary>
public static class SensitivityAnalyzer
{
    /// <summary>Checks options: PR6300 for a spread outside 0–1 (or not a number), PR6301 for samples outside 1–1,000,000.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The problems; empty when the options may be used.</returns>
    public static IReadOnlyList<Diagnostic> Check(SensitivityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<Diagnostic>();
        if (!double.IsFinite(options.Spread) || options.Spread < 0 || options.Spread > SensitivityOptions.MaximumSpread)
            problems.Add(Error(RulesCodes.SensitivitySpread,
                $"The spread must be from 0% to 100% (0 to 1); it was {options.Spread}."));
        if (options.Samples < 1 || options.Samples > SensitivityOptions.MaximumSamples)
            problems.Add(Error(RulesCodes.SensitivitySamples,
                $"The number of samples must be from 1 to {SensitivityOptions.MaximumSamples:N0}; it was {options.Samples}."));
        return problems;
    }

    /// <summary>Analyses how robust the plan of an assessment is to the rule set's weights.</summary>
    /// <param name="ruleSet">A plan rule set (not a roll-up).</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="options">Spread, samples and seed; <see cref="SensitivityOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops a long analysis.</param>
    /// <returns>The analysis; the same inputs and seed always give the same result.</returns>
    /// <exception cref="ArgumentException">The options are invalid (PR6300, PR6301) or the rule set is a roll-up (PR6302).</exception>
    /// <exception cref="RuleSetEvaluationException">The rules could not evaluate the assessment.</exception>
    public static SensitivityResult Analyze(
        PlanRuleSet ruleSet, Assessment assessment, SensitivityOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(assessment);
        options ??= SensitivityOptions.Default;
        if (Check(options) is [var problem, ..]) throw new ArgumentException(problem.ToString(), nameof(options));
        if (ruleSet.IsRollUp)
            throw new ArgumentException(Error(RulesCodes.SensitivityRollUp,
                $"'{ruleSet.Info.Id}' is a roll-up rule set: its weights rank county priorities, not an assessment's.").ToString(),
                nameof(ruleSet));
        var canonical = AssessmentCanonicalizer.Canonicalize(assessment);
        var outcome = PlanEvaluator.Run(ruleSet.Compiled, canonical, cancellationToken);
        var rescorer = Rescorer.Create(ruleSet.Compiled.Document, canonical, outcome);
        return SensitivityRun.Analyze(
            rescorer, (ruleSet.Info, ruleSet.ScoringMethod, ruleSet.Dimensions), options, cancellationToken);
    }

    private static Diagnostic Error(string code, string message) =>
        new(code, DiagnosticSeverity.Error, message, SourceLocation.None);
}
