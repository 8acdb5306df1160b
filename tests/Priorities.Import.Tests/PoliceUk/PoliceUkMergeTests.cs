using FsCheck;
using FsCheck.Xunit;
using Priorities.Import.PoliceUk;

namespace Priorities.Import.Tests.PoliceUk;

public sealed class PoliceUkMergeTests
{
    private static readonly int March = YearMonth.Parse("2022-03").Ordinal;

    private static readonly int April = March + 1;
    private static readonly int May = March + 2;

    /// <summary>A tally of one file: each id counted once in its month, in slot 0.</summary>
    private static FileTally Tally(string path, int month, params int[] ids) => Tally(path, [(month, ids)]);

    /// <summary>A tally of one file holding ids of several months.</summary>
    internal static FileTally Tally(string path, IEnumerable<(int Month, int[] Ids)> months)
    {
        var tally = new FileTally(path);
        foreach (var (month, ids) in months)
        {
            var keys = tally.Ids.TryGetValue(month, out var found) ? found : tally.Ids[month] = [];
            foreach (var id in ids.Where(id => keys.TryAdd(new CrimeKey(0, 0, 0, (ulong)id), 0)))
                tally.Counts.Add(month, 0);
        }
        return tally;
    }

    [Theory]
    [InlineData("2022-03-northumbria-street.csv", "2022-03")]
    [InlineData("/data/2022-03/2022-03-northumbria-street.csv.gz", "2022-03")]
    [InlineData("2022-03-THAMES-VALLEY-STREET.CSV.GZ", "2022-03")]
    [InlineData("combined_oxford_crime_data.csv", null)]
    [InlineData("2022-13-northumbria-street.csv", null)]
    [InlineData("2022-03.csv", null)]
    [InlineData("2022-03-street.csv", null)]
    [InlineData("2022-03-northumbria-outcomes.csv", null)]
    [InlineData("2022-03-to-2022-08-sunderland.csv", null)]
    [InlineData("2022-03-northumbria-street.csv.bak", null)]
    public void NameMonth_FileNames_MonthOnlyForStreetFileNames(string path, string? expected) =>
        Assert.Equal(expected is null ? -1 : YearMonth.Parse(expected).Ordinal, PoliceUkMerge.NameMonth(path));

    [Fact]
    public void Finish_LastFileOfAMonth_ItsIdsAreLetGo()
    {
        string[] files = ["2022-03-a-street.csv", "2022-03-b-street.csv", "2022-04-a-street.csv"];
        var merge = new PoliceUkMerge(files);

        merge.Finish(0, Tally(files[0], March, 1, 2));
        var afterFirst = merge.Totals.MonthsWithIds.ToList();
        merge.Finish(1, Tally(files[1], March, 2, 3));

        Assert.Equal([March], afterFirst);
        Assert.Empty(merge.Totals.MonthsWithIds);
        Assert.Equal(1, merge.Totals.Duplicates);
        Assert.Equal(3, merge.Totals.Counts.Get(March, 0));
    }

    [Fact]
    public void Finish_StreetFileHoldingAMonthAlreadyLetGo_IdsNotedAsUnchecked()
    {
        string[] files = ["2022-03-a-street.csv", "2022-04-a-street.csv"];
        var merge = new PoliceUkMerge(files);

        merge.Finish(0, Tally(files[0], March, 1, 2));
        merge.Finish(1, Tally(files[1], March, 2, 5, 6));

        Assert.Equal(3, merge.Totals.Unchecked[(March, 1)]);
        Assert.Equal(0, merge.Totals.Duplicates);
    }

    [Fact]
    public void Finish_AnUnnamedFileStillToCome_NothingLetGo()
    {
        string[] files = ["2022-03-a-street.csv", "combined.csv"];
        var merge = new PoliceUkMerge(files);

        merge.Finish(0, Tally(files[0], March, 1, 2));
        var kept = merge.Totals.MonthsWithIds.ToList();
        merge.Finish(1, Tally(files[1], March, 2));

        Assert.Equal([March], kept);
        Assert.Equal(1, merge.Totals.Duplicates);
    }

    [Fact]
    public void Finish_OverlappingExtractsNamedByMonth_RepeatsFoundNotUnchecked()
    {
        string[] files = ["2022-03-to-2022-05-sunderland.csv", "2022-04-to-2022-05-sunderland.csv"];
        var merge = new PoliceUkMerge(files);

        merge.Finish(1, Tally(files[1], [(April, [2, 3]), (May, [7, 8])]));
        merge.Finish(0, Tally(files[0], [(March, [1]), (May, [1, 8])]));

        Assert.Empty(merge.Totals.Unchecked);
        Assert.Equal(1, merge.Totals.Duplicates);
        Assert.Equal(3, merge.Totals.Counts.Get(May, 0));
    }

    [Fact]
    public void Finish_StreetFileHoldingAnotherMonth_NoMoreIdsLetGo()
    {
        string[] files = ["2022-03-a-street.csv", "2022-04-a-street.csv", "2022-05-a-street.csv"];
        var merge = new PoliceUkMerge(files);

        merge.Finish(0, Tally(files[0], [(March, [1]), (April, [5])]));
        merge.Finish(1, Tally(files[1], April, 6));
        var kept = merge.Totals.MonthsWithIds.Order().ToList();
        merge.Finish(2, Tally(files[2], [(May, [7]), (April, [5])]));

        Assert.Equal([March, April], kept);
        Assert.Empty(merge.Totals.Unchecked);
        Assert.Equal(1, merge.Totals.Duplicates);
        Assert.Empty(merge.Totals.MonthsWithIds);
    }
}
