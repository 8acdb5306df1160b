using Priorities.RuleSets.Model;

namespace Priorities.Rules.Tests.RuleSets.Loading;

public sealed class MissingEvidenceReaderTests
{
    private static string Scoring(string dimensions, string select = "{ top: 3 }") => $$"""
        ruleset: t
        version: "1"
        scoring:
          method: weighted-sum
          dimensions:
        {{dimensions}}
          select: {{select}}
        """;

    [Fact]
    public void ReadText_MissingAbsentOrUnknown_IsUnknownAndAnumberStaysExplicit()
    {
        var (document, bag) = RuleYaml.Read(Scoring("""
                harm: { weight: 3 }
                trend: { weight: 2, missing: unknown }
                pcc: { weight: 1, missing: 0, evidence: "the Police and Crime Plan's priorities" }
            """));

        Assert.DoesNotContain(RuleYaml.Lines(bag), line => line.Contains("error", StringComparison.Ordinal));
        Assert.Contains("rules.yaml:6:5: warning PR2041: No rule scores dimension 'harm', so no priority ever has evidence for it (its 'missing' is unknown).", RuleYaml.Lines(bag));
        var dimensions = document!.Scoring.Dimensions;
        Assert.Equal([null, null, 0.0], dimensions.Select(d => d.Missing));
        Assert.Equal([null, null, "the Police and Crime Plan's priorities"], dimensions.Select(d => d.Evidence));
        Assert.Equal(SelectionPolicy.DefaultMinCoverage, document.Scoring.Selection.MinCoverage);
    }

    [Fact]
    public void ReadText_MinCoverage_ReadAndCheckedToBeAShare()
    {
        var (document, bag) = RuleYaml.Read(Scoring("      harm: { weight: 3 }", "{ minCoverage: 0.75 }"));
        Assert.DoesNotContain(RuleYaml.Lines(bag), line => line.Contains("error", StringComparison.Ordinal));
        Assert.Equal(0.75, document!.Scoring.Selection.MinCoverage);

        var (_, wrong) = RuleYaml.Read(Scoring("      harm: { weight: 3 }", "{ minCoverage: 75 }"));
        Assert.Contains("rules.yaml:7:26: error PR2049: 'minCoverage' must be from 0 to 1, not 75.", RuleYaml.Lines(wrong));
    }

    [Fact]
    public void ReadText_MissingNeitherNumberNorUnknown_IsPR2013()
    {
        var (_, bag) = RuleYaml.Read(Scoring("      harm: { weight: 3, missing: none }"));

        Assert.Contains(RuleYaml.Lines(bag), line => line.Contains("error PR2013: 'missing' must be a number", StringComparison.Ordinal));
    }
}
