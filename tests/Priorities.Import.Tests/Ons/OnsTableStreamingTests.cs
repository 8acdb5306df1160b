using Priorities.Import.Ons;

namespace Priorities.Import.Tests.Ons;

/// <summary>The table read row by row for <c>--all</c>: partnerships handed on as they are read, none kept.</summary>
public sealed class OnsTableStreamingTests
{
    [Fact]
    public void Read_WithCallback_HandsOnEveryPartnershipAndKeepsNone()
    {
        var seen = new List<string>();

        var table = OnsTable.Read(Fixtures.NationalTable, CancellationToken.None, p => seen.Add(p.Code));

        Assert.Empty(table.Partnerships);
        Assert.Equal(31, seen.Count);
        Assert.Equal(seen, OnsTable.Read(Fixtures.NationalTable, CancellationToken.None).Partnerships.Select(p => p.Code));
    }

    [Fact]
    public void Read_NationalTable_KeepsNamesAndCountsButNoValueDictionaries()
    {
        var national = NationalTable.Read(Fixtures.NationalTable, CancellationToken.None);

        Assert.All(national.Partnerships, p => Assert.Empty(p.Values));
        Assert.All(national.Counts, c => Assert.Equal(national.Categories.Length, c.Length));
        Assert.Equal("violent-crime", national.Categories[^1]);
        Assert.Equal(("E22000303", "E06000060"), (national.Partnerships[13].Code, national.Partnerships[13].District));
    }
}
