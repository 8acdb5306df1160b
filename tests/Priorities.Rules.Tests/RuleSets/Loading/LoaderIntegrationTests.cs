using Priorities.RuleSets;

namespace Priorities.Rules.Tests.RuleSets.Loading;

public sealed class LoaderIntegrationTests
{
    [Fact]
    public void LoadText_ValidRuleSet_Compiles()
    {
        var result = RuleSetLoader.LoadText("rules.yaml", RuleYaml.Valid);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(1, result.RuleSet!.RuleCount);
    }

    /// <summary>The compiler's error at the unknown field lands on its first letter, whatever the scalar style.</summary>
    [Theory]
    [InlineData("where: has(t.changePct) and t.changePct > 10", "where: has(t.changePct) and t.chngePct > 10", 17, 39)]
    [InlineData("where: has(t.changePct) and t.changePct > 10", "where: \"has(t.changePct) and t.chngePct > 10\"", 17, 40)]
    [InlineData("where: has(t.changePct) and t.changePct > 10", "where: >-\n          t.count > 1 and\n          has(t.changePct) and t.chngePct > 10", 19, 34)]
    public void LoadText_ExpressionError_PointsInsideTheExpression(string find, string replace, int line, int column)
    {
        var text = RuleYaml.Valid.ReplaceLineEndings("\n").Replace(find, replace, StringComparison.Ordinal);

        var result = RuleSetLoader.LoadText("rules.yaml", text);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Priorities.Engine.Diagnostics.DiagnosticSeverity.Error);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.Contains("chngePct", error.Message, StringComparison.Ordinal);
    }
}
