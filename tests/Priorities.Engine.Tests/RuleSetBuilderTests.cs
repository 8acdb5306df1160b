using Priorities.Engine.Model;

using static Priorities.Engine.Tests.Support.TestRules;

namespace Priorities.Engine.Tests;

public sealed class RuleSetBuilderTests
{
    [Fact]
    public void Compile_ManyProblems_ReportsEveryDiagnosticInOnePass()
    {
        var compilation = Compile(
            Rule("a", [PatternDefinition.Match("t", "Trnd")]),
            Rule("a", [PatternDefinition.Match("t", "Trend", "t.Nope > 1")]),
            Rule("b", [PatternDefinition.Match("t", "Trend", "t.Count >")]));

        Assert.False(compilation.Succeeded);
        Assert.Null(compilation.RuleSet);
        Assert.Contains(compilation.Diagnostics, d => d.Diagnostic.Code == "ENG002" && d.Diagnostic.Message.Contains("Did you mean 'Trend'?", StringComparison.Ordinal));
        Assert.Contains(compilation.Diagnostics, d => d.Diagnostic.Code == "ENG001" && d.RuleId == "a");
        Assert.Contains(compilation.Diagnostics, d => d.Diagnostic.Code == "EXP003" && d.RuleId == "a" && d.Diagnostic.Column == 3);
        Assert.Contains(compilation.Diagnostics, d => d.Diagnostic.Code == "EXP001" && d.RuleId == "b" && d.Element == RuleElement.PatternCondition);
    }

    [Fact]
    public void Compile_ConditionNotBoolean_ReportsTypeMismatch()
    {
        var compilation = Compile(Rule("r", [PatternDefinition.Match("t", "Trend", "t.Count + 1")]));

        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("EXP004", diagnostic.Diagnostic.Code);
        Assert.Equal(0, diagnostic.PatternIndex);
    }

    [Fact]
    public void Compile_InsertIntoClassBackedType_ReportsError()
    {
        var compilation = Compile(Rule("r", [PatternDefinition.Match("t", "Trend")], 0, ActionDefinition.Insert("Trend", [new("Category", "t.Category")])));

        Assert.Contains(compilation.Diagnostics, d => d.Diagnostic.Code == "ENG011" && d.ActionIndex == 0);
    }

    [Fact]
    public void Compile_InsertValueOfWrongType_ReportsTheField()
    {
        var compilation = Compile(Rule("r", [PatternDefinition.Match("t", "Trend")], 0, ActionDefinition.Insert("Flag", [new("level", "t.Category"), new("colour", "1")])));

        Assert.Contains(compilation.Diagnostics, d => d.Diagnostic.Code == "EXP004" && d.ValueName == "level");
        Assert.Contains(compilation.Diagnostics, d => d.Diagnostic.Code == "ENG007" && d.ValueName == "colour");
    }

    [Fact]
    public void Compile_RepeatedBinding_ReportsError()
    {
        var compilation = Compile(Rule("r", [PatternDefinition.Match("t", "Trend"), PatternDefinition.Match("t", "Concern")]));

        Assert.Contains(compilation.Diagnostics, d => d.Diagnostic.Code == "ENG005" && d.PatternIndex == 1);
    }

    [Fact]
    public void Compile_NoMatchPattern_ReportsError()
    {
        var compilation = Compile(Rule("r", [PatternDefinition.NotExists("t", "Trend")]));

        Assert.Contains(compilation.Diagnostics, d => d.Diagnostic.Code == "ENG004");
    }

    [Fact]
    public void Compile_JoinOnLaterBinding_ReportsUnknownName()
    {
        var compilation = Compile(Rule("r", [PatternDefinition.Match("t", "Trend", "t.Area == c.Area"), PatternDefinition.Match("c", "Concern")]));

        Assert.Contains(compilation.Diagnostics, d => d.Diagnostic.Code == "EXP002" && d.PatternIndex == 0);
    }

    [Theory]
    [InlineData("t.GetType() == 'x'")]
    [InlineData("System.IO.File.Exists('x')")]
    [InlineData("t.Count > 99999999999999999999999")]
    public void Compile_HostileExpression_IsRejectedWithADiagnostic(string condition)
    {
        var compilation = Compile(Rule("r", [PatternDefinition.Match("t", "Trend", condition)]));

        Assert.False(compilation.Succeeded);
        Assert.NotEmpty(compilation.Diagnostics);
    }

    [Fact]
    public void Compile_DeeplyNestedExpression_IsRejectedWithoutCrashing()
    {
        var condition = new string('(', 5000) + "true" + new string(')', 5000);

        var compilation = Compile(Rule("r", [PatternDefinition.Match("t", "Trend", condition)]));

        Assert.Contains(compilation.Diagnostics, d => d.Diagnostic.Code == "EXP009");
    }
}
