using FsCheck.Xunit;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Loading;
using Priorities.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Priorities.Rules.Tests.RuleSets.Loading;

public sealed class SourceTextMappingTests
{
    private static readonly ScalarStyle[] Styles = [ScalarStyle.Plain, ScalarStyle.SingleQuoted, ScalarStyle.DoubleQuoted, ScalarStyle.Literal, ScalarStyle.Folded];

    /// <summary>For random text in every scalar style, offset i of the value maps to the source character that produced it.</summary>
    [Property(MaxTest = 300)]
    public void MapOffset_RandomTextInEveryStyle_Meets_Specification(int seed, byte styleIndex)
    {
        var style = Styles[styleIndex % Styles.Length];
        var (yaml, value, sources) = ScalarRenderer.Render(seed, style);
        var bag = new DiagnosticBag();
        var source = YamlSource.Parse("r.yaml", yaml, bag);
        var node = (YamlScalarNode)((YamlMappingNode)source.Root!).Children[new YamlScalarNode("e")];

        var text = SourceTexts.From(source, node);

        Assert.Empty(bag.Items);
        Assert.Equal(style, node.Style);
        Assert.Equal(value, text.Text);
        for (var i = 0; i < value.Length; i++)
            Assert.True(source.LocationAt(sources[i]) == text.MapOffset(i), $"offset {i} of {style} {yaml}");
        Assert.NotNull(ScalarPositions.Table(source, node));
    }

    [Theory]
    [InlineData("e: a and\n  b > x\n", 6, 2, 3)]
    [InlineData("e: 'it''s == x'\n", 3, 1, 9)]
    [InlineData("e: \"\\t\\u00e9 < y\"\n", 1, 1, 7)]
    [InlineData("e: |\n  a\n   b\n", 2, 3, 3)]
    [InlineData("e: >-\n  a\n  b\n\n  c\n", 4, 5, 3)]
    public void MapOffset_EachStyle_PointsAtTheSourceCharacter(string yaml, int offset, int line, int column)
    {
        var source = YamlSource.Parse("r.yaml", yaml, new DiagnosticBag());
        var node = (YamlScalarNode)((YamlMappingNode)source.Root!).Children[new YamlScalarNode("e")];

        Assert.Equal(new SourceLocation("r.yaml", line, column), SourceTexts.From(source, node).MapOffset(offset));
    }

    [Fact]
    public void MapOffset_End_PointsJustAfterTheValue()
    {
        var source = YamlSource.Parse("r.yaml", "e: \"ab\"\n", new DiagnosticBag());
        var node = (YamlScalarNode)((YamlMappingNode)source.Root!).Children[new YamlScalarNode("e")];

        Assert.Equal(new SourceLocation("r.yaml", 1, 7), SourceTexts.From(source, node).MapOffset(2));
    }
}
