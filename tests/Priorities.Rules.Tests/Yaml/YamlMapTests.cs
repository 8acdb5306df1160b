using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.Rules.Tests.Yaml;

public sealed class YamlMapTests
{
    [Fact]
    public void AllowOnly_MisspeltKey_ReportsItsPositionAndASuggestion()
    {
        var (map, bag) = Load("id: a\nversoin: 2\n");

        map.AllowOnly("id", "version");

        var diagnostic = Assert.Single(bag.Items);
        Assert.Equal("rules.yaml:2:1: error PR1002: Unknown key 'versoin'. Did you mean 'version'?", diagnostic.ToString());
    }

    [Fact]
    public void Int_NotANumber_ReportsTheValuesPosition()
    {
        var (map, bag) = Load("salience: high\n");

        Assert.Null(map.Int("salience"));

        Assert.Equal(new SourceLocation("rules.yaml", 1, 11), Assert.Single(bag.Items).Location);
    }

    [Fact]
    public void String_MissingRequiredKey_ReportsPR1004()
    {
        var (map, bag) = Load("title: x\n");

        Assert.Null(map.String("id", required: true));

        Assert.Equal("PR1004", Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void Parse_SyntaxError_ReportsPR1001WithoutThrowing()
    {
        var bag = new DiagnosticBag();

        var source = YamlSource.Parse("bad.yaml", "a: b: c\n  - [\n", bag);

        Assert.Null(source.Root);
        Assert.Equal("PR1001", Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void Parse_AliasBomb_IsRejectedWithPR1000()
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 80; i++) lines.Add($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]");
        var bag = new DiagnosticBag();

        var source = YamlSource.Parse("bomb.yaml", string.Join("\n", lines), bag);

        Assert.Null(source.Root);
        Assert.Contains(bag.Items, d => d.Code == "PR1000");
    }

    private static (YamlMap Map, DiagnosticBag Bag) Load(string text)
    {
        var bag = new DiagnosticBag();
        var source = YamlSource.Parse("rules.yaml", text, bag);
        return (YamlMap.From(source.Root, source, bag, "a rule")!, bag);
    }
}
