using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Loading;

namespace Priorities.Rules.Tests.RuleSets.Loading;

public sealed class EmbeddedRuleFilesTests
{
    private const string Root = "(shipped)/rules/custom.yaml";

    [Theory]
    [InlineData("(shipped)/rules", "statutory-duties.yaml", "(shipped)/rules/statutory-duties.yaml")]
    [InlineData("(shipped)/rules", "./sub/../statutory-duties.yaml", "(shipped)/rules/statutory-duties.yaml")]
    [InlineData("(shipped)\\rules", "..\\samples\\a.yaml", "(shipped)/samples/a.yaml")]
    [InlineData("", "(shipped)/rules/oxford.yaml", "(shipped)/rules/oxford.yaml")]
    public void Resolve_RelativePath_JoinsAndNormalises(string folder, string path, string expected) =>
        Assert.Equal(expected, EmbeddedRuleFiles.Instance.Resolve(folder, path));

    [Fact]
    public void ReadTextDraft_IncludeOfAShippedFile_ReadsItFromTheAssembly()
    {
        var bag = new DiagnosticBag();
        var read = RuleSetReader.ReadTextDraft(Root, RootText("statutory-duties.yaml"), bag, EmbeddedRuleFiles.Instance);

        Assert.False(read.HasErrors, string.Join("\n", bag.Sorted()));
        Assert.Equal([Root, "(shipped)/rules/statutory-duties.yaml"], read.Document!.Files);
    }

    [Theory]
    [InlineData("../../../../../../etc/hostname")]
    [InlineData("/etc/hostname")]
    [InlineData("../tests/oxford.yaml")]
    public void ReadTextDraft_IncludeOfAnythingElse_IsMissingAndNothingOnDiskIsRead(string include)
    {
        var bag = new DiagnosticBag();
        var read = RuleSetReader.ReadTextDraft(Root, RootText(include), bag, EmbeddedRuleFiles.Instance);

        Assert.True(read.HasErrors);
        var error = Assert.Single(bag.Sorted(), d => d.Code == RulesCodes.IncludeMissing);
        Assert.Contains($"'{include}' is not among the shipped rule files", error.Message, StringComparison.Ordinal);
        Assert.Equal(Root, error.Location.File);
    }

    private static string RootText(string include) => $$"""
        ruleset: custom
        version: 1
        include: "{{include}}"
        priorities:
          - { id: burglary, title: Burglary, theme: Acquisitive, covers: [burglary] }
        scoring:
          method: weighted-sum
          dimensions:
            trend: { weight: 1 }
          select: { top: 3 }
        rules: []
        """;
}
