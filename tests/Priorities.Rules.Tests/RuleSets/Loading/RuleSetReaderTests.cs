using Priorities.Engine.Facts;
using Priorities.RuleSets.Model;

namespace Priorities.Rules.Tests.RuleSets.Loading;

public sealed class RuleSetReaderTests
{
    private const string Example = """
        ruleset: oxford-csp
        version: 2026.1
        description: Oxford themes
        priorities:
          - id: serious-acquisitive-crime
            title: Serious acquisitive crime
            theme: Serious and organised crime
            covers: [burglary, vehicle-crime, robbery]
            legalBasis: s.6 Crime and Disorder Act 1998
        scoring:
          method: product
          dimensions:
            harm:    { weight: 3, bands: [ { below: 10, score: 1 }, { below: 100, score: 3 }, { else: 5 } ] }
            trend:   { weight: 2, combine: sum, bands: [ { from: 0, to: 10, score: 3 }, { from: -100, to: 0, score: 1 }, { from: 10, score: 5 } ] }
            concern: { weight: 2, lookup: { 1: 1, 2: 2, 3: 4 } }
            volume:  { weight: 1, missing: 0.5 }
          select: { top: 8, minScore: 10 }
          tieBreak: [harm, trend]
        facts:
          hotspot: { area: string, category: string, share: number, n: int, flags: list, values: numbers, hot: bool }
        rules:
          - id: rising-acquisitive-crime
            salience: 10
            tags: [trend]
            when:
              - fact: priority
                as: p
                where: p.id == 'serious-acquisitive-crime'
              - count: trend
                as: n
                each: x
                where: x.category in p.covers
              - sum: trend
                of: t.count
              - test: n > 2
            then:
              propose: p
              score: { trend: n, harm: 1, concern: 2, volume: 3 }
              because: "{n} rose"
              derive: { fact: hotspot, values: { area: "'x'" } }
        """;

    [Fact]
    public void ReadText_FullExample_BuildsTheDocument()
    {
        var (document, bag) = RuleYaml.Read(Example);

        Assert.Empty(RuleYaml.Lines(bag));
        Assert.NotNull(document);
        Assert.Equal(("oxford-csp", "2026.1", "Oxford themes"), (document.Id, document.Version, document.Description));
        var priority = Assert.Single(document.Priorities);
        Assert.Equal(["burglary", "vehicle-crime", "robbery"], priority.Covers);
        Assert.Equal("s.6 Crime and Disorder Act 1998", priority.LegalBasis);
        var scoring = document.Scoring;
        Assert.Equal(ScoringMethod.Product, scoring.Method);
        Assert.Equal(["harm", "trend", "concern", "volume"], scoring.Dimensions.Select(d => d.Id));
        Assert.Equal([(null, 10.0, 1.0), (10.0, 100.0, 3.0), (100.0, null, 5.0)], scoring.Dimensions[0].Bands.Select(b => (b.From, b.To, b.Score)));
        Assert.Equal([(-100.0, 0.0, 1.0), (0.0, 10.0, 3.0), (10.0, null, 5.0)], scoring.Dimensions[1].Bands.Select(b => (b.From, b.To, b.Score)));
        Assert.Equal(CombineMode.Sum, scoring.Dimensions[1].Combine);
        Assert.Equal([(1.0, 1.0), (2.0, 2.0), (3.0, 4.0)], scoring.Dimensions[2].Lookup.Select(l => (l.Raw, l.Score)));
        Assert.Equal((1.0, 0.5), (scoring.Dimensions[3].Weight, scoring.Dimensions[3].Missing));
        Assert.Equal(new SelectionPolicy(8, 10), scoring.Selection);
        Assert.Equal(["harm", "trend"], scoring.TieBreak);
        var fields = Assert.Single(document.FactTypes).Fields.Select(f => f.Type);
        Assert.Equal([FieldType.String, FieldType.String, FieldType.Number, FieldType.Integer, FieldType.StringList, FieldType.NumberList, FieldType.Boolean], fields);
    }

    [Fact]
    public void ReadText_FullExample_ReadsPatternsAndConsequence()
    {
        var rule = Assert.Single(RuleYaml.Read(Example).Document!.Rules);

        Assert.Equal((10, "trend"), (rule.Salience, Assert.Single(rule.Tags)));
        Assert.Equal([PatternForm.Fact, PatternForm.Count, PatternForm.Sum, PatternForm.Test], rule.When.Select(p => p.Form));
        Assert.Equal(("priority", "p", null), (rule.When[0].FactType, rule.When[0].Binding, rule.When[0].Each));
        Assert.Equal(("trend", "n", "x"), (rule.When[1].FactType, rule.When[1].Binding, rule.When[1].Each));
        Assert.Equal(("trend", "trend", "t.count"), (rule.When[2].Binding, rule.When[2].Each, rule.When[2].Of?.Text));
        Assert.Equal("n > 2", rule.When[3].Where?.Text);
        Assert.Equal("p", rule.Then.Propose);
        Assert.Equal(["trend", "harm", "concern", "volume"], rule.Then.Scores.Select(s => s.Dimension));
        Assert.Equal("{n} rose", rule.Then.Because?.Text);
        var derive = Assert.Single(rule.Then.Derive);
        Assert.Equal(("hotspot", "area", "'x'"), (derive.FactType, Assert.Single(derive.Values).Key, derive.Values[0].Value.Text));
    }

    [Fact]
    public void ReadText_WhereExpression_MapsOffsetsToTheFile()
    {
        var where = RuleYaml.Read(Example).Document!.Rules[0].When[0].Where!;

        Assert.Equal("rules.yaml:28:16", where.MapOffset(0).ToString());
        Assert.Equal("rules.yaml:28:21", where.MapOffset(5).ToString());
    }
}
