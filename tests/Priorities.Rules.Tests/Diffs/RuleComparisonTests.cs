using Priorities.Diffs;

namespace Priorities.Rules.Tests.Diffs;

public sealed class RuleComparisonTests
{
    private const string TrendRising = """
          - id: trend-rising
            description: A covered category rose (a derived rising fact).
            tags: [trend]
            when:
              - fact: assessment
                as: a
              - fact: priority
                as: p
              - fact: rising
                as: r
                where: r.category in p.covers
            then:
              propose: p
              score: { trend: r.changePct }
              because: "{r.categoryName} rose {r.changePct}% in {r.area}, from {r.previous} in {a.previousPeriod} to {r.count} in {a.period} ({r.source})"

        """;

    /// <summary>The same rule: keys reordered, flow style, another description and tags, expressions spaced and folded.</summary>
    private const string TrendRisingReformatted = """
          - then:
              because: >-
                {r.categoryName} rose {r.changePct}% in {r.area}, from {r.previous}
                in {a.previousPeriod} to {r.count} in {a.period} ({r.source})
              score:
                trend: "r.changePct"
              propose: p
            tags: [rising]
            id: trend-rising
            when:
              - { as: a, fact: assessment }
              - { as: p, fact: priority }
              - where: |
                  r.category   in
                     p.covers
                as: r
                fact: rising
            description: Reformatted.

        """;

    [Fact]
    public void Diff_RuleReformattedWithKeysReordered_IsNotChanged()
    {
        var sample = DiffFixture.Sample("oxford-city-2024");
        var reformatted = DiffFixture.OxfordWith((TrendRising, TrendRisingReformatted));

        var diff = RuleSetDiffer.Diff(reformatted, DiffFixture.Oxford(), sample);

        Assert.True(diff.Rules.IsEmpty, string.Join(", ", diff.Rules.Changed.Select(c => $"{c.Id}: {string.Join('/', c.Parts)}")));
        Assert.True(diff.IsEmpty);
    }

    [Theory]
    [InlineData("score: { trend: r.changePct }", "score: { trend: r.changePct * 2 }", "score")]
    [InlineData("where: r.category in p.covers\n", "where: r.category in p.covers and r.count > 10\n", "when")]
    [InlineData("rose {r.changePct}% in {r.area}, from", "went up {r.changePct}% in {r.area}, from", "because")]
    public void Diff_RuleContentChanged_NamesTheRuleAndPart(string find, string replace, string part)
    {
        var sample = DiffFixture.Sample("oxford-city-2024");
        var edited = DiffFixture.Edited(TrendRising, (find, replace));
        var changed = DiffFixture.OxfordWith((TrendRising, edited));

        var diff = RuleSetDiffer.Diff(changed, DiffFixture.Oxford(), sample);

        var change = Assert.Single(diff.Rules.Changed);
        Assert.Equal("trend-rising", change.Id);
        Assert.Equal([part], change.Parts);
        Assert.Empty(diff.Rules.Added);
        Assert.Empty(diff.Rules.Removed);
    }

    [Fact]
    public void Diff_RuleRemoved_ListsItRemovedAndTheOldSideAdded()
    {
        var sample = DiffFixture.Sample("oxford-city-2024");
        var without = DiffFixture.OxfordWith((TrendRising, string.Empty));
        var oxford = DiffFixture.Oxford();

        var removed = RuleSetDiffer.Diff(without, oxford, sample);
        var added = RuleSetDiffer.Diff(oxford, without, sample);

        Assert.Equal(["trend-rising"], removed.Rules.Removed);
        Assert.Equal(["trend-rising"], added.Rules.Added);
        Assert.NotEmpty(removed.Movers);
    }
}
