using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Loading;
using Priorities.RuleSets.Model;

namespace Priorities.Rules.Tests.RuleSets.Loading;

/// <summary>Small valid rule sets for the loader tests, and a way to read one from text.</summary>
internal static class RuleYaml
{
    public const string Valid = """
        ruleset: test-set
        version: 2026.1
        priorities:
          - id: burglary
            title: Burglary
            theme: Acquisitive
            covers: [burglary]
        scoring:
          method: weighted-sum
          dimensions:
            trend: { weight: 2, bands: [ { below: 0, score: 1 }, { else: 5 } ] }
        rules:
          - id: rising
            when:
              - fact: trend
                as: t
                where: has(t.changePct) and t.changePct > 10
            then:
              propose: burglary
              score: { trend: t.changePct }
              because: "{t.category} rose"
        """;

    public static (RuleSetDocument? Document, DiagnosticBag Bag) Read(string yaml, string file = "rules.yaml")
    {
        var bag = new DiagnosticBag();
        return (RuleSetReader.ReadText(file, yaml.ReplaceLineEndings("\n") + "\n", bag), bag);
    }

    public static string[] Lines(DiagnosticBag bag) => bag.Sorted().Select(d => d.ToString()).ToArray();
}
