using System.Diagnostics;
using System.Text;
using Priorities.Assessments.Reading;
using Priorities.Diagnostics;

namespace Priorities.Rules.Tests.Assessments.Reading;

/// <summary>Positions of JSON tokens are right on long lines and cost time linear in the text.</summary>
public sealed class JsonDocReaderTests
{
    [Fact]
    public void Read_OneLineWithMultiByteText_GivesCharacterColumns()
    {
        var bag = new DiagnosticBag();

        var root = (DocObject)JsonDocReader.Read("a.json", "{\"é\":\"ü€\",\"b\":[true,\n 7, \"x\"]}", bag)!;

        var b = (DocArray)root.Get("b")!;
        Assert.Empty(bag.Items);
        Assert.Equal((1, 11), (root.Members[1].KeyLocation.Line, root.Members[1].KeyLocation.Column));
        Assert.Equal((1, 16), (b.Items[0].Location.Line, b.Items[0].Location.Column));
        Assert.Equal((2, 2), (b.Items[1].Location.Line, b.Items[1].Location.Column));
        Assert.Equal((2, 5), (b.Items[2].Location.Line, b.Items[2].Location.Column));
    }

    [Fact]
    public void Read_MinifiedTwoMegabytes_TakesLinearTime()
    {
        var text = new StringBuilder("{\"k\":[");
        for (var i = 0; text.Length < 2_000_000; i++) text.Append(i).Append(",\"é\",");
        text.Append("0],\"last\":1}");
        var bag = new DiagnosticBag();

        var clock = Stopwatch.StartNew();
        var root = (DocObject)JsonDocReader.Read("big.json", text.ToString(), bag)!;
        clock.Stop();

        Assert.Empty(bag.Items);
        Assert.Equal(text.Length - 8, root.Members[1].KeyLocation.Column);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"2 MB of minified JSON took {clock.Elapsed}.");
    }

    [Fact]
    public void Read_ObjectWithManyKeysAndARepeat_ReportsTheRepeatQuickly()
    {
        var text = new StringBuilder("{");
        for (var i = 0; i < 100_000; i++) text.Append("\"k").Append(i).Append("\":1,");
        text.Append("\"k5\":2}");
        var bag = new DiagnosticBag();

        var clock = Stopwatch.StartNew();
        JsonDocReader.Read("wide.json", text.ToString(), bag);
        clock.Stop();

        Assert.Equal("PR3011", Assert.Single(bag.Items).Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"100,000 keys took {clock.Elapsed}.");
    }
}
