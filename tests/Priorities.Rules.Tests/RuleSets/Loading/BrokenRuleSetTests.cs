namespace Priorities.Rules.Tests.RuleSets.Loading;

public sealed class BrokenRuleSetTests
{
    private const string Broken = """
        ruleset: bad id
        version: 1
        priorities:
          - id: a
            title: A
          - id: a
            title: A again
            colour: red
        scoring:
          method: sum
          dimensions:
            harm: { weight: heavy, bands: [ { below: 5, score: 1 }, { below: 2, score: 2 }, { else: 3 } ] }
            trend: { combine: most, lookup: { 1: 1, 1.0: 2 } }
          select: { top: 0 }
          tieBreak: [harms]
        rules:
          - id: r1
            when: []
            then:
              score: { harm: 1 }
          - id: r2
            when:
              - fact: trend
                of: x
              - count: trend
                none: trend
            then:
              propose: b
              score: { trnd: 1 }
        """;

    [Fact]
    public void ReadText_BrokenFile_ReportsEveryProblemAtOnce()
    {
        var (document, bag) = RuleYaml.Read(Broken, "bad.yaml");

        Assert.Null(document);
        Assert.Equal(
            [
                "bad.yaml:1:10: error PR2001: The rule set id 'bad id' may hold only letters, digits, '-' and '.'.",
                "bad.yaml:6:5: error PR2003: Duplicate priority id 'a': it is also declared at bad.yaml:4:5.",
                "bad.yaml:8:5: error PR1002: Unknown key 'colour'. Allowed keys: id, title, theme, covers, legalBasis, description, aim, lead, actionPlan, funding, measures.",
                "bad.yaml:10:11: error PR2011: Unknown scoring method 'sum'; use weighted-sum, product or max.",
                "bad.yaml:12:21: error PR2013: 'weight' must be a number, not 'heavy'.",
                "bad.yaml:12:61: error PR2016: 'below' thresholds must ascend: 2 comes after 5.",
                "bad.yaml:13:5: warning PR2041: No rule scores dimension 'trend', so no priority ever has evidence for it (its 'missing' is unknown).",
                "bad.yaml:13:23: error PR2012: Unknown combine 'most'; use max or sum.",
                "bad.yaml:13:45: error PR2020: The lookup key 1 appears twice (first at bad.yaml:13:39).",
                "bad.yaml:14:18: error PR2021: 'top' must be at least 1, not 0.",
                "bad.yaml:15:14: error PR2022: 'tieBreak' names 'harms', which is not a dimension. Did you mean 'harm'?",
                "bad.yaml:18:11: error PR2031: A rule needs at least one 'when' pattern.",
                "bad.yaml:20:7: error PR2025: 'score' needs a priority: add 'propose' naming a catalogue id or a priority binding.",
                "bad.yaml:24:9: error PR2030: 'of' does not belong to a 'fact' pattern; it takes 'as', 'where'.",
                "bad.yaml:25:9: error PR2029: A 'when' pattern has several forms (none, count); give exactly one.",
                "bad.yaml:28:16: error PR2024: Rule 'r2' proposes 'b', which is neither a catalogue priority nor a binding of a 'priority' pattern. Did you mean 'a'?",
                "bad.yaml:28:16: error PR2026: A rule that proposes a priority needs 'because': the sentence a board reads.",
                "bad.yaml:29:16: error PR2023: Rule 'r2' scores 'trnd', which is not a dimension of the scoring model. Did you mean 'trend'?",
            ],
            RuleYaml.Lines(bag));
    }
}
