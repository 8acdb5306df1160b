using System.Diagnostics;
using Priorities.Assessments;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.RuleSets.Compilation;

/// <summary>A <c>because</c> sentence has at most 100 placeholders; up to that, every one is filled in order.</summary>
public sealed class RuleTranslatorTests
{
    private static string Rules(string because) => $$"""
        ruleset: ph
        version: 1
        priorities:
          - { id: burglary, title: Burglary, theme: Acquisitive, covers: [burglary] }
        scoring:
          method: weighted-sum
          dimensions:
            trend: { weight: 1 }
          select: { top: 3 }
        rules:
          - id: rising
            when:
              - fact: trend
                as: t
                where: t.category == 'burglary' and has(t.changePct)
            then:
              propose: burglary
              score: { trend: t.changePct }
              because: "{{because}}"
        """;

    private static readonly Assessment Sample = new()
    {
        Partnership = new Partnership { Name = "Town CSP" },
        Period = new AssessmentPeriod { Start = "2024-01", End = "2024-12" },
        Trends = [new TrendFact { Category = "burglary", Area = "Town", Count = 125, PreviousCount = 100, Change = 25, ChangePct = 25, Source = "test" }],
    };

    [Fact]
    public void Load_BecauseWithTooManyPlaceholders_ReportsPR2070AtTheFirstOneTooMany()
    {
        var because = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{{t.count + {i}}} "));

        var clock = Stopwatch.StartNew();
        var loaded = RuleSetLoader.LoadText("ph.yaml", Rules(because), new() { ShareCompiled = false });
        clock.Stop();

        var error = Assert.Single(loaded.Diagnostics);
        var offset = because.IndexOf("{t.count + 100}", StringComparison.Ordinal);
        Assert.Equal(("PR2070", 19, 17 + offset), (error.Code, error.Line, error.Column));
        Assert.Contains("100", error.Message, StringComparison.Ordinal);
        Assert.Null(loaded.RuleSet);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Loading took {clock.Elapsed}.");
    }

    [Fact]
    public void Evaluate_BecauseWithHundredPlaceholders_FillsEachInOrder()
    {
        var because = string.Join(" ", Enumerable.Range(0, 100).Select(i => $"{{t.count + {i}}}"));
        var loaded = RuleSetLoader.LoadText("ph.yaml", Rules(because), new() { ShareCompiled = false });
        Assert.Empty(loaded.Diagnostics);

        var plan = loaded.RuleSet!.Evaluate(Sample);

        var expected = string.Join(" ", Enumerable.Range(125, 100));
        Assert.Contains(plan.Priorities.SelectMany(p => p.Rules), r => r.Because == expected);
    }
}
