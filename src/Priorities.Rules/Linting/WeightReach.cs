using Priorities.Diagnostics;
using Priorities.RuleSets.Model;

namespace Priorities.Linting;

/// <summary>
/// PR6105: a dimension whose largest possible contribution — its weight times its top score (the highest band,
/// lookup or missing score; for a dimension scored by its raw value, the highest raw value on the samples) — is below
/// the smallest gap between the totals of two adjacent discretionary candidates on any sample: at any score it could
/// not change the order the samples gave. Ties (a gap of 0) are left out, since <c>tieBreak</c> settles them, and so
/// are the rescaling for missing evidence and <c>method: product</c>, whose contributions are not additive.
/// </summary>
internal static class WeightReach
{
    public static void Check(RuleSetDocument document, SampleRuns runs, DiagnosticBag bag)
    {
        if (document.Scoring.Method == ScoringMethod.Product || SmallestGap(runs) is not { } gap) return;
        var scored = DimensionUse.Scored(document);
        foreach (var dimension in document.Scoring.Dimensions.Where(d => scored.Contains(d.Id)))
        {
            if (TopScore(dimension, runs) is not { } top) continue;
            var most = dimension.Weight * top;
            if (most >= gap.Size) continue;
            bag.Warning(RulesCodes.LintIrrelevantDimension, dimension.Location,
                $"Dimension '{dimension.Id}' can add at most {LintText.Number(most)} (weight {LintText.Number(dimension.Weight)} "
                + $"× top score {LintText.Number(top)}), less than the smallest gap between adjacent ranks on the samples "
                + $"({LintText.Number(gap.Size)}, between '{gap.Upper}' and '{gap.Lower}' in {gap.Sample}): it cannot change "
                + "the order; raise its weight or drop it.");
        }
    }

    private static double? TopScore(DimensionDefinition dimension, SampleRuns runs)
    {
        var scores = dimension.Bands.Select(b => b.Score).Concat(dimension.Lookup.Select(l => l.Score)).ToList();
        if (scores.Count == 0) scores.AddRange(runs.Components(dimension.Id).Where(c => c.Raw is not null).Select(c => c.Score));
        if (dimension.Missing is { } missing) scores.Add(missing);
        return scores.Count == 0 ? null : scores.Max();
    }

    /// <summary>The smallest positive difference between adjacent discretionary candidates' totals, over the samples.</summary>
    private static RankGap? SmallestGap(SampleRuns runs)
    {
        RankGap? smallest = null;
        foreach (var run in runs.Samples)
        {
            var ranked = run.Plan.Priorities.Where(p => !p.Mandatory).Select(p => (p.Id, p.Score))
                .Concat(run.Plan.NotSelected.Select(p => (p.Id, p.Score)))
                .OrderByDescending(c => c.Score).ToArray();
            for (var i = 1; i < ranked.Length; i++)
            {
                var size = Math.Round(ranked[i - 1].Score - ranked[i].Score, 6);
                if (size > 0 && (smallest is null || size < smallest.Size))
                    smallest = new RankGap(size, ranked[i - 1].Id, ranked[i].Id, run.Name);
            }
        }
        return smallest;
    }
}
