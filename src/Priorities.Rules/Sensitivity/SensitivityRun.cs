using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Sensitivity;

/// <summary>One analysis over a <see cref="Rescorer"/>: the baseline, the samples, the flips and the verdicts.</summary>
internal static class SensitivityRun
{
    /// <summary>The analysis of the rule set <paramref name="ruleSet"/> (its method and dimensions as callers see them).</summary>
    public static SensitivityResult Analyze(
        Rescorer rescorer, (RuleSetInfo Info, string Method, IReadOnlyList<ScoringDimension> Dimensions) ruleSet,
        SensitivityOptions options, CancellationToken cancellationToken)
    {
        var baseline = rescorer.Rank(rescorer.BaseWeights);
        var samples = MonteCarlo.Run(rescorer, baseline, options, cancellationToken);
        var limit = FlipLimit(rescorer.BaseWeights);
        var flips = new FlipFinder(rescorer, baseline, limit).Find(cancellationToken);
        var reasons = new SensitivityReasons(rescorer, baseline, options, limit);
        var priorities = baseline.Order.Select((i, t) =>
        {
            var probability = Rounding.Round((double)samples.SelectedCounts[t] / options.Samples);
            var (verdict, reason) = reasons.Judge(i, probability, flips[i]);
            return new PrioritySensitivity
            {
                Id = rescorer.Candidates[i].Id,
                Title = rescorer.Candidates[i].Title,
                Rank = baseline.Selected[i] ? t + 1 : null,
                Selected = baseline.Selected[i],
                Place = t + 1,
                RankLow = Percentiles.Of(samples.Ranks[t], 0.05),
                RankHigh = Percentiles.Of(samples.Ranks[t], 0.95),
                SelectedProbability = probability,
                Mandatory = rescorer.Candidates[i].Mandatory,
                Verdict = verdict,
                Reason = reason,
                Flip = flips[i],
            };
        }).ToArray();
        return new SensitivityResult
        {
            RuleSet = ruleSet.Info,
            ScoringMethod = ruleSet.Method,
            Dimensions = ruleSet.Dimensions,
            Spread = options.Spread,
            Samples = options.Samples,
            Seed = options.Seed,
            FlipLimit = limit,
            Tau = new TauSummary(
                Rounding.Round(Percentiles.Of(samples.Taus, 0.5)), Rounding.Round(Percentiles.Of(samples.Taus, 0.05))),
            Priorities = priorities,
        };
    }

    /// <summary>Twice the largest weight, at least 1 and at most the largest weight accepted.</summary>
    public static double FlipLimit(IReadOnlyList<double> weights) =>
        Math.Min(RuleSets.WeightOverrides.MaximumWeight, Math.Max(1, 2 * weights.DefaultIfEmpty(0).Max()));
}
