using Priorities.Diffs;
using Priorities.Results;

namespace Priorities.Rules.Tests.Diffs;

public sealed class RuleSetDifferTests
{
    [Fact]
    public void Diff_OxfordWithOneWeightChanged_NamesExactlyTheExpectedMovers()
    {
        var oxford = DiffFixture.Oxford();
        var changed = DiffFixture.OxfordWith((DiffFixture.TrendWeight, "    trend:\n      weight: 3\n"));
        var sample = DiffFixture.Sample("oxford-city-2024");
        var olds = DiffFixture.Places(oxford.Evaluate(sample));
        var news = DiffFixture.Places(changed.Evaluate(sample));
        var expected = news.Keys.Union(olds.Keys).Where(id => !olds.TryGetValue(id, out var o) || !news.TryGetValue(id, out var n)
            || o.State != n.State || o.Place != n.Place || o.Score != n.Score || o.Coverage != n.Coverage
            || !o.Breakdown.Select(Part).SequenceEqual(n.Breakdown.Select(Part))).ToHashSet(StringComparer.Ordinal);

        var diff = RuleSetDiffer.Diff(changed, oxford, sample);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(StringComparer.Ordinal), diff.Movers.Order(StringComparer.Ordinal));
        Assert.True(diff.Rules.IsEmpty);
        var dimension = Assert.Single(diff.Scoring.Changed);
        Assert.Equal(("trend", new NumberChange(2, 3)), (dimension.Id, dimension.Weight));
        Assert.Empty(diff.Scoring.Added);
        Assert.Equal(DiffKinds.RuleSets, diff.Kind);
    }

    [Fact]
    public void Diff_OxfordWithOneWeightChanged_ExplainsEachMoveByTheWeight()
    {
        var oxford = DiffFixture.Oxford();
        var changed = DiffFixture.OxfordWith((DiffFixture.TrendWeight, "    trend:\n      weight: 3\n"));
        var sample = DiffFixture.Sample("oxford-city-2024");
        var plan = changed.Evaluate(sample);

        var diff = RuleSetDiffer.Diff(changed, oxford, sample);

        foreach (var priority in plan.Priorities.Where(p => p.Breakdown.Any(c => c.Dimension == "trend" && c.Evidence == EvidenceState.Known)))
        {
            var trend = Assert.Single(diff.Priorities.Single(d => d.Id == priority.Id).Contributions, c => c.Dimension == "trend");
            Assert.Contains(DiffCauses.Weight, trend.Causes);
            Assert.Equal(new NumberChange(2, 3), trend.Weight);
        }
        foreach (var mover in diff.Priorities.Where(p => p.Moved && p.New.Scored && p.Old.Scored))
            Assert.Equal(mover.ScoreDelta!.Value, mover.Contributions.Sum(c => c.Delta), 2);
    }

    [Fact]
    public void Diff_HarmWeightFallsWithFivePlaces_SaysWhoLeftAndWhoEntered()
    {
        var top5 = (DiffFixture.Selection, "  select: { top: 5, minScore: 12 }\n");
        var old = DiffFixture.OxfordWith(top5);
        var changed = DiffFixture.OxfordWith(top5, (DiffFixture.HarmWeight, "    harm:\n      weight: 1\n"));
        var sample = DiffFixture.Sample("oxford-city-2024");
        var before = old.Evaluate(sample);
        var after = changed.Evaluate(sample);

        var diff = RuleSetDiffer.Diff(changed, old, sample);

        var leftIds = before.Priorities.Select(p => p.Id).Except(after.Priorities.Select(p => p.Id)).ToArray();
        var enteredIds = after.Priorities.Select(p => p.Id).Except(before.Priorities.Select(p => p.Id)).ToArray();
        Assert.Equal(leftIds, diff.Left.Select(m => m.Id));
        Assert.Equal(enteredIds, diff.Entered.Select(m => m.Id));
        var left = Assert.Single(diff.Left);
        var candidate = after.NotSelected.Single(c => c.Id == left.Id);
        var harmBefore = before.Priorities.Single(p => p.Id == left.Id).Breakdown.Single(c => c.Dimension == "harm").Contribution;
        var harmAfter = candidate.Breakdown.Single(c => c.Dimension == "harm").Contribution;
        var title = before.Priorities.Single(p => p.Id == left.Id).Title;
        Assert.StartsWith($"{title} left the plan: the harm weight fell from 3 to 1, costing {Number(harmBefore - harmAfter)} points", left.Sentence);
        Assert.EndsWith(candidate.Shortfall > 0
            ? $"; it now scores {Number(candidate.Score)} against a threshold of {Number(candidate.Score + candidate.Shortfall)}."
            : $"; it now scores {Number(candidate.Score)}, level with the last priority selected, and lost on the tie-break.", left.Sentence);
        var entered = Assert.Single(diff.Entered);
        var rank = after.Priorities.Single(p => p.Id == entered.Id).Rank;
        var scores = (Before: before.NotSelected.Single(c => c.Id == entered.Id).Score, After: after.Priorities.Single(p => p.Id == entered.Id).Score);
        Assert.StartsWith(scores.After < scores.Before
            ? $"{entered.Title} entered the plan: its score fell from {Number(scores.Before)} to {Number(scores.After)}, but others fell further; "
            : $"{entered.Title} entered the plan: ", entered.Sentence);
        Assert.EndsWith($", ranked {rank}{(rank is 1 ? "st" : rank is 2 ? "nd" : rank is 3 ? "rd" : "th")}.", entered.Sentence);
    }

    [Fact]
    public void DiffAssessments_TwoYearsOfSouthAndVale_ComparesEvidenceUnderOneRuleSet()
    {
        var oxford = DiffFixture.Oxford();
        var year2025 = DiffFixture.Sample("oxfordshire-south-and-vale");
        var year2017 = DiffFixture.Sample("seed-003-south-and-vale-2017");
        var before = oxford.Evaluate(year2017);
        var after = oxford.Evaluate(year2025);

        var diff = RuleSetDiffer.DiffAssessments(oxford, year2025, year2017);

        Assert.Equal(DiffKinds.Assessments, diff.Kind);
        Assert.True(diff.Rules.IsEmpty && diff.Scoring.IsEmpty);
        Assert.Equal(("2016-04", "2024-07"), (diff.Old.Period.Start, diff.New.Period.Start));
        var entered = after.Priorities.Where(p => !p.Mandatory).Select(p => p.Id).Except(before.Priorities.Select(p => p.Id)).ToArray();
        Assert.NotEmpty(entered);
        Assert.Equal(entered, diff.Entered.Select(m => m.Id).Intersect(entered));
        foreach (var move in diff.Entered.Where(m => before.EvidenceGaps.Any(g => g.Id == m.Id)))
            Assert.Contains("entered the plan: it was an evidence gap (only ", move.Sentence, StringComparison.Ordinal);
    }

    /// <summary>What a dimension gives a priority: a weight with nothing to weigh moves nothing.</summary>
    private static (string, double, double, double?, string) Part(ScoreComponent c) => (c.Dimension, c.Contribution, c.Score, c.Raw, c.Evidence);

    private static string Number(double value) => Math.Round(value, 3).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
