using Priorities.Assessments;
using Priorities.Engine.Diagnostics;
using Priorities.Engine.Facts;
using Priorities.Rules.Tests.Evaluation;
using Priorities.RuleSets;
using static Priorities.Rules.Tests.RuleSets.Compilation.RuleSetFixture;

namespace Priorities.Rules.Tests.RuleSets.Loading;

/// <summary>Nullable field types under <c>facts:</c>, guards in rule files, and the shipped rule sets with unknown values.</summary>
public sealed class NullableFactTypesTests
{
    private static string Rules(string pctType, string pctValue) => $$"""
        ruleset: unknowns
        version: "1"
        priorities:
          - { id: burglary, title: Burglary, theme: Acquisitive, covers: [burglary] }
        scoring:
          method: weighted-sum
          dimensions:
            trend: { weight: 1 }
        facts:
          rise: { category: string, pct: {{pctType}}, rate: number? }
        rules:
          - id: copy
            when:
              - fact: trend
                as: t
            then:
              derive: { fact: rise, values: { category: t.category, pct: {{pctValue}}, rate: t.ratePer1000 } }
          - id: score
            when:
              - fact: rise
                as: r
            then:
              propose: burglary
              score: { trend: "has(r.pct) ? r.pct : -1" }
              because: "{r.category} changed by {has(r.pct) ? r.pct : -1}%, rate known {has(r.rate)}"
        """;

    [Fact]
    public void LoadText_NullableFieldTypes_CopiesKeepUnknownAndGuardsRead()
    {
        var loaded = RuleSetLoader.LoadText("unknowns.yaml", Rules("number?", "t.changePct"));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));

        var outcome = PlanEvaluatorTests.Run(loaded.RuleSet!.Compiled, Assessment(Trend("burglary", "Oxford", 12, 0), Trend("burglary", "Town", 12, 10) with { RatePer1000 = 2.5 }));

        Assert.Equal(["burglary changed by -1%, rate known no", "burglary changed by 20%, rate known yes"], outcome.Hits.Select(h => h.Because).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LoadText_UnknownCopiedIntoFieldThatIsNotNullable_ReportsExp010AtTheRead()
    {
        var loaded = RuleSetLoader.LoadText("unknowns.yaml", Rules("number", "t.changePct"));

        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal((EngineCodes.MaybeUnknown, 17, 66), (error.Code, error.Location.Line, error.Location.Column));
        Assert.StartsWith("t.changePct may be unknown; guard it with has(t.changePct)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_NullableTypeNames_DeclareNullableFields()
    {
        var text = Rules("int?", "\"has(t.changePct) ? 1 : 0\"").Replace("pct: int?", "pct: int?, note: string?, flag: bool?", StringComparison.Ordinal);

        var loaded = RuleSetLoader.LoadText("unknowns.yaml", text);

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        Assert.True(loaded.RuleSet!.Compiled.RuleSet.TryGetFactType("rise", out var rise));
        Assert.Equal([false, true, true, true, true], rise.Fields.Select(f => f.IsNullable));
    }

    [Fact]
    public void LoadText_UnguardedReadInABecausePlaceholder_ReportsExp010AtThePlaceholder()
    {
        const string text = """
            ruleset: placeholder
            version: "1"
            priorities:
              - { id: burglary, title: Burglary, theme: Acquisitive, covers: [burglary] }
            scoring:
              method: weighted-sum
              dimensions:
                trend: { weight: 1 }
            rules:
              - id: rising
                when:
                  - fact: trend
                    as: t
                then:
                  propose: burglary
                  because: "{t.category} rose {t.changePct}%"
            """;

        var loaded = RuleSetLoader.LoadText("placeholder.yaml", text);

        var error = Assert.Single(loaded.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("placeholder.yaml:16:36", EngineCodes.MaybeUnknown), ($"{error.Location}", error.Code));
    }

    [Fact]
    public void LoadText_TestGuardBeforeThePriorityPattern_LoadsAndExplainsMisses()
    {
        const string text = """
            ruleset: guarded
            version: "1"
            priorities:
              - { id: burglary, title: Burglary, theme: Acquisitive, covers: [burglary] }
            scoring:
              method: weighted-sum
              dimensions:
                trend: { weight: 1, missing: 0 }
              select: { minScore: 100 }
            rules:
              - id: rising
                when:
                  - fact: trend
                    as: t
                  - test: has(t.changePct)
                  - fact: priority
                    as: p
                    where: t.category in p.covers and t.changePct >= 10
                then:
                  propose: p
                  score: { trend: t.changePct }
                  because: "{t.category} rose {t.changePct}%"
            """;

        var loaded = RuleSetLoader.LoadText("guarded.yaml", text);

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var result = loaded.RuleSet!.Evaluate(Assessment(Trend("burglary", "Oxford", 105, 100)));
        Assert.Single(result.NotSelected, n => n.Id == "burglary");
    }

    [Theory]
    [InlineData("oxford")]
    [InlineData("matrix")]
    public void ShippedRuleSet_TrendWithoutChange_GivesNoTrendValueInsteadOfZero(string name)
    {
        var loaded = ShippedRuleSets.Load(name);
        var trend = new TrendFact { Category = "burglary", Area = "Oxford", Count = 120, PreviousCount = 100, Change = 20, Source = "police.uk" };

        var outcome = PlanEvaluatorTests.Run(loaded.RuleSet!.Compiled, Assessment(trend));

        Assert.DoesNotContain(outcome.Hits, h => h.Scores.Any(s => s.Dimension == "trend"));
        Assert.DoesNotContain(outcome.Hits, h => h.Because.Contains("changed by 0%", StringComparison.Ordinal));
    }

    [Fact]
    public void ShippedRuleSet_ConcernWithLevelOnly_ScoresTheLevel()
    {
        var loaded = ShippedRuleSets.Load("oxford");
        var assessment = Assessment() with { Concern = [new ConcernFact { Category = "burglary", Level = 4, Source = "consultation" }] };

        var outcome = PlanEvaluatorTests.Run(loaded.RuleSet!.Compiled, assessment);

        var hit = Assert.Single(outcome.Hits, h => h.RuleId == "concern-level");
        Assert.Equal(24, Assert.Single(hit.Scores).Raw);
        Assert.DoesNotContain(outcome.Hits, h => h.RuleId == "concern-share");
    }
}
