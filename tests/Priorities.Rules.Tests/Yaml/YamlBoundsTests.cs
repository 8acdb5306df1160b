using System.Diagnostics;
using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets;
using Priorities.Yaml;

namespace Priorities.Rules.Tests.Yaml;

public sealed class YamlBoundsTests
{
    [Fact]
    public void Check_SixtyFiveNestedLists_StopsAtTheSixtyFifthBracket()
    {
        var problem = YamlBounds.Check(HostileYaml.Brackets(60_000));

        Assert.NotNull(problem);
        Assert.Equal((1, 65), (problem.Value.Start.Line, problem.Value.Start.Column));
        Assert.Contains("more than 64 levels", problem.Value.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SixtyFourNestedLists_IsWithinBounds()
    {
        Assert.Null(YamlBounds.Check(new string('[', 64) + new string(']', 64)));
    }

    [Fact]
    public void Check_AliasToAShallowListPlacedDeep_CountsTheListsDepth()
    {
        var text = "- &deep " + new string('[', 10) + new string(']', 10) + "\n- " + new string('[', 55) + "*deep" + new string(']', 55);

        var problem = YamlBounds.Check(text);

        Assert.NotNull(problem);
        Assert.Contains("*deep", problem.Value.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AliasBomb_CountsAliasesAsTheNodesTheyRepeat()
    {
        var problem = YamlBounds.Check(HostileYaml.AliasBomb(9, 9));

        Assert.NotNull(problem);
        Assert.Contains("aliases count as the nodes they repeat", problem.Value.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AliasInsideItsOwnNode_IsAProblem()
    {
        var problem = YamlBounds.Check("&a [1, *a]");

        Assert.NotNull(problem);
        Assert.Contains("contains it", problem.Value.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SyntaxError_IsLeftToTheLoader()
    {
        Assert.Null(YamlBounds.Check("a: [1, 2\nb: }"));
    }

    [Fact]
    public void ReadText_AssessmentWithAliasBomb_IsTooLargeAtTheAliasNotExpanded()
    {
        var text = AssessmentSerializer.ToYaml(Assessments.AssessmentSerializerTests.Sample()) + HostileYaml.AliasBomb(9, 9, "extra");
        var before = GC.GetTotalAllocatedBytes();

        var result = AssessmentReader.ReadText("bomb.yaml", text);

        Assert.Null(result.Assessment);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("PR3010", error.Code);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 200_000_000, "the bomb was expanded");
    }

    [Theory]
    [InlineData(60_000)]
    [InlineData(40_000)]
    public void ReadText_AssessmentNestedDeep_IsAnErrorAtTheSixtyFifthLevelQuickly(int depth)
    {
        var clock = Stopwatch.StartNew();

        var result = AssessmentReader.ReadText("deep.yaml", HostileYaml.Brackets(depth));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("deep.yaml:1:65: error PR3010: The document is nested more than 64 levels deep.", error.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void LoadText_RuleSetNestedDeepInBlockStyle_IsPR1000AtTheDeepKey()
    {
        var nested = string.Concat(HostileYaml.BlockMappings(70).Split('\n').Select(line => "  " + line + "\n"));

        var result = RuleSetLoader.LoadText("deep.yaml", "ruleset: x\nversion: 1\ndescription:\n" + nested);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "PR1000");
        Assert.Contains("more than 64 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromYaml_AliasBomb_ThrowsJsonExceptionNotExpanded()
    {
        var text = AssessmentSerializer.ToYaml(Assessments.AssessmentSerializerTests.Sample()) + HostileYaml.AliasBomb(9, 9, "extra");

        var error = Assert.Throws<System.Text.Json.JsonException>(() => AssessmentSerializer.FromYaml(text));

        Assert.Contains("nodes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromYaml_NestedDeep_ThrowsJsonExceptionWithThePlace()
    {
        var error = Assert.Throws<System.Text.Json.JsonException>(() => AssessmentSerializer.FromYaml(HostileYaml.Brackets(60_000)));

        Assert.StartsWith("1:65: ", error.Message, StringComparison.Ordinal);
    }
}
