using Priorities.Engine.Facts;
using Priorities.RuleSets.Model;

namespace Priorities.Rules.Tests.RuleSets.Compilation;

public sealed class RuleSetCompilerTests
{
    private readonly RuleSetFixture _f = new();

    [Fact]
    public void Compile_UnknownFieldInWhere_ReportsTheFieldsColumnInTheFile()
    {
        var pattern = _f.Fact("trend", "t", "t.category == 'burglary' and t.chnagePct >= 10");

        var (compiled, bag) = _f.Compile(_f.Rule("r", _f.Propose("serious-acquisitive-crime", "x"), pattern));

        Assert.Null(compiled);
        var d = Assert.Single(bag.Items);
        Assert.StartsWith("EXP", d.Code, StringComparison.Ordinal);
        Assert.Equal(pattern.Where!.Location.Line, d.Location.Line);
        Assert.Equal(RuleSetFixture.Column + pattern.Where.Text.IndexOf("chnagePct", StringComparison.Ordinal), d.Location.Column);
        Assert.Contains("changePct", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnknownFactType_ReportsAtTheTypeNameWithSuggestion()
    {
        var pattern = _f.Fact("trnd", "t");

        var (_, bag) = _f.Compile(_f.Rule("r", _f.Propose("serious-acquisitive-crime", "x"), pattern));

        var d = Assert.Single(bag.Items);
        Assert.Equal("ENG002", d.Code);
        Assert.Equal(pattern.FactTypeLocation, d.Location);
        Assert.Contains("'trend'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ErrorInBecausePlaceholder_ReportsTheColumnInsideTheTemplate()
    {
        var then = _f.Propose("serious-acquisitive-crime", "{t.category} rose by {t.changePc}%");

        var (_, bag) = _f.Compile(_f.Rule("r", then, _f.Fact("trend", "t")));

        var d = Assert.Single(bag.Items);
        Assert.Equal(then.Because!.Location.Line, d.Location.Line);
        Assert.Equal(RuleSetFixture.Column + then.Because.Text.IndexOf("changePc", StringComparison.Ordinal), d.Location.Column);
    }

    [Theory]
    [InlineData("rose {t.count", 5)]
    [InlineData("rose {} times", 5)]
    [InlineData("rose } times", 5)]
    public void Compile_MalformedTemplate_ReportsPR2503AtTheBrace(string template, int offset)
    {
        var then = _f.Propose("serious-acquisitive-crime", template);

        var (_, bag) = _f.Compile(_f.Rule("r", then, _f.Fact("trend", "t")));

        var d = Assert.Single(bag.Items);
        Assert.Equal("PR2503", d.Code);
        Assert.Equal(then.Because!.Location.Offset(0, offset), d.Location);
    }

    [Fact]
    public void Compile_NonNumericScore_ReportsEXP004AtTheScoreEvenWhenAnotherRuleFails()
    {
        var then = _f.Propose("serious-acquisitive-crime", "x", ("trend", "t.category"));
        var broken = _f.Rule("broken", _f.Propose("violence", "x"), _f.Fact("trend", "t", "t.nope > 1"));

        var (_, bag) = _f.Compile(_f.Rule("r", then, _f.Fact("trend", "t")), broken);

        var score = Assert.Single(bag.Items, d => d.Code == "EXP004");
        Assert.Equal(then.Scores[0].Value.Location, score.Location);
        Assert.Contains("number", score.Message, StringComparison.Ordinal);
        Assert.Equal(2, bag.Items.Count);
    }

    [Fact]
    public void Compile_ErrorInDeriveValue_ReportsTheColumnInsideTheValue()
    {
        _f.Declare("hotspot", ("area", FieldType.String), ("share", FieldType.Number));
        var derive = _f.Derive("hotspot", ("area", "t.area"), ("share", "t.count / t.previus"));
        var rule = new RuleSpec("d", null, 0, [], [_f.Fact("trend", "t")], new RuleConsequence(null, null, false, [], null, [derive]), RuleSetFixture.At(3, 3));

        var (_, bag) = _f.Compile(rule);

        var d = Assert.Single(bag.Items);
        var value = derive.Values[1].Value;
        Assert.Equal(value.Location.Offset(0, value.Text.IndexOf("previus", StringComparison.Ordinal)), d.Location);
    }

    [Fact]
    public void Compile_DeclaredTypeNamedLikeABuiltInOne_ReportsPR2501()
    {
        _f.Declare("trend", ("area", FieldType.String));

        var (compiled, bag) = _f.Compile(_f.Rule("r", _f.Propose("violence", "x"), _f.Fact("trend", "t")));

        Assert.Null(compiled);
        Assert.Equal("PR2501", Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void Compile_ProposeNamesNothingKnown_ReportsPR2024WithSuggestion()
    {
        var then = _f.Propose("violance", "x");

        var (_, bag) = _f.Compile(_f.Rule("r", then, _f.Fact("trend", "t")));

        var d = Assert.Single(bag.Items);
        Assert.Equal("PR2024", d.Code);
        Assert.Equal(then.ProposeLocation, d.Location);
        Assert.Contains("'violence'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_DeriveOfABuiltInType_ReportsPR2504()
    {
        var derive = _f.Derive("trend", ("area", "t.area"));
        var rule = new RuleSpec("d", null, 0, [], [_f.Fact("trend", "t")], new RuleConsequence(null, null, false, [], null, [derive]), RuleSetFixture.At(3, 3));

        var (_, bag) = _f.Compile(rule);

        var d = Assert.Single(bag.Items);
        Assert.Equal(("PR2504", derive.FactTypeLocation), (d.Code, d.Location));
    }

    [Fact]
    public void Compile_ValidRules_KeepsIdSalienceAndTags()
    {
        var compiled = _f.Build(_f.Rule("r", _f.Propose("violence", "x", ("harm", "t.count")), _f.Fact("trend", "t")));

        var rule = Assert.Single(compiled.RuleSet.Rules);
        Assert.Equal(("r", 0, "tag-r"), (rule.Id, rule.Salience, Assert.Single(rule.Tags)));
    }
}
