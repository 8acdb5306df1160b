using Priorities.Engine.Diagnostics;
using Priorities.Linting;

namespace Priorities.Rules.Tests.Linting;

public sealed class RuleSetLinterTests
{
    private static readonly Lazy<IReadOnlyList<Diagnostic>> Planted =
        new(() => RuleSetLinter.Lint(PlantedPack.RuleSet, [PlantedPack.Sample]));

    [Theory]
    [InlineData("PR6100", 13, 5, "'unused'")]
    [InlineData("PR6101", 30, 5, "'never'")]
    [InlineData("PR6101", 36, 5, "'vulnerable'")]
    [InlineData("PR6102", 7, 5, "'orphan'")]
    [InlineData("PR6103", 7, 5, "'burglary' (")]
    [InlineData("PR6104", 11, 34, "below 0 (score 1)")]
    [InlineData("PR6105", 12, 5, "'tiny' can add at most 0.01")]
    [InlineData("PR6106", 29, 16, "'asb-named'")]
    public void Lint_PlantedPack_FindsEachProblemAtItsPlace(string code, int line, int column, string names)
    {
        var found = Planted.Value.Where(d => d.Code == code && d.Message.Contains(names, StringComparison.Ordinal)).ToArray();

        var warning = Assert.Single(found);
        Assert.Equal((PlantedPack.RuleFile, line, column, DiagnosticSeverity.Warning), (warning.File, warning.Line, warning.Column, warning.Severity));
    }

    [Fact]
    public void Lint_PlantedPack_NothingElse()
    {
        Assert.Equal(8, Planted.Value.Count);
        Assert.DoesNotContain(Planted.Value, d => d.Message.Contains("'rising'", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_NoSamples_OnlyRulesOnlyChecksAndSaysWhy()
    {
        var warnings = RuleSetLinter.Lint(PlantedPack.RuleSet, []);

        Assert.Equal(["PR6100", "PR6102", "PR6103", "PR6106"], warnings.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains("no samples given", RuleSetLinter.SampleChecksSkipped(PlantedPack.RuleSet, 0), StringComparison.Ordinal);
        Assert.Null(RuleSetLinter.SampleChecksSkipped(PlantedPack.RuleSet, 1));
    }

    [Fact]
    public void Lint_SameInputTwice_SameWarnings()
    {
        var again = RuleSetLinter.Lint(PlantedPack.RuleSet, [PlantedPack.Sample]);

        Assert.Equal(Planted.Value.Select(d => d.ToString()), again.Select(d => d.ToString()));
    }

    [Fact]
    public void Lint_BindingAcceptsEveryEntry_NoUnproposablePriority()
    {
        var text = File.ReadAllText(PlantedPack.RuleFile).Replace("p.theme == 'Crime'", "p.theme != ''", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"planted-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, text);
        try
        {
            var warnings = RuleSetLinter.Lint(Priorities.RuleSets.RuleSetLoader.Load(path).RuleSet!, []);

            Assert.DoesNotContain(warnings, d => d.Code == "PR6102");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("t.changePct", true)]
    [InlineData("t . count * 2", true)]
    [InlineData("has(t.changePct) ? t.changePct : 0", true)]
    [InlineData("2 * 1.5", false)]
    [InlineData("'t.count' == 'x' ? 1 : 2", false)]
    public void Lint_UnbandedDimensionScored_WarnsOnlyWhenTheScoreIsAFigure(string score, bool warns)
    {
        var text = File.ReadAllText(PlantedPack.RuleFile)
            .Replace("score: { trend: t.changePct, tiny: 1 }", $"score: {{ trend: t.changePct, tiny: \"{score}\" }}",
                StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"planted-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, text);
        try
        {
            var warnings = RuleSetLinter.Lint(Priorities.RuleSets.RuleSetLoader.Load(path).RuleSet!, []);

            var found = warnings.Where(d => d.Code == "PR6107").ToArray();
            Assert.Equal(warns ? 1 : 0, found.Length);
            if (warns) Assert.Equal((12, 5), (found[0].Location.Line, found[0].Location.Column));
            if (warns) Assert.Contains("'tiny'", found[0].Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
