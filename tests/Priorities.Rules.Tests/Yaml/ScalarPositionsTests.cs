using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.Rules.Tests.Yaml;

public sealed class ScalarPositionsTests
{
    [Theory]
    [InlineData("when: t.count >= x\n", 11, 1, 18)]
    [InlineData("when: \"t.count >= x\"\n", 11, 1, 19)]
    [InlineData("when: 't''s >= x'\n", 6, 1, 15)]
    [InlineData("when: |\n  a and\n  b > x\n", 10, 3, 7)]
    [InlineData("when: a and\n  b > x\n", 10, 2, 7)]
    public void Map_OffsetInValue_PointsAtTheSourceCharacter(string text, int offset, int line, int column)
    {
        var bag = new DiagnosticBag();
        var source = YamlSource.Parse("r.yaml", text, bag);
        var scalar = (YamlScalarNode)((YamlMappingNode)source.Root!).Children[new YamlScalarNode("when")];

        var location = ScalarPositions.Map(source, scalar, offset);

        Assert.Equal(new SourceLocation("r.yaml", line, column), location);
    }
}
