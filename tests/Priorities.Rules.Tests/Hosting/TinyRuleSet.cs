using Priorities.Rules.Tests.RuleSets.Loading;

namespace Priorities.Rules.Tests.Hosting;

/// <summary>A small rule set in two files (a root and a catalogue it includes), written for the DI and reload tests.</summary>
internal static class TinyRuleSet
{
    public const string Catalogue = """
        ruleset: tiny-catalogue
        version: 1
        priorities:
          - id: burglary
            title: Burglary
            theme: Acquisitive crime
            covers: [burglary]
        """;

    public static string Root(string version) => $$"""
        ruleset: tiny
        version: {{version}}
        include: [catalogue.yaml]
        scoring:
          method: weighted-sum
          dimensions:
            trend: { weight: 1 }
          select: { top: 3, minScore: 1 }
        rules:
          - id: rising-burglary
            when:
              - fact: trend
                as: t
                where: t.category == 'burglary' and has(t.changePct) and t.changePct >= 10
            then:
              propose: burglary
              score: { trend: t.changePct }
              because: "{t.category} rose {t.changePct}% in {t.area}"
        """;

    /// <summary>Writes both files into the folder; returns the root's path.</summary>
    public static string WriteTo(TempFolder folder, string version = "1")
    {
        folder.Write("catalogue.yaml", Catalogue + "\n");
        return folder.Write("tiny.yaml", Root(version) + "\n");
    }
}
