using FsCheck;
using FsCheck.Xunit;
using Priorities.Import;

namespace Priorities.Rules.Tests.Import;

public sealed class PoliceUkMergeTests
{
    private static readonly int March = YearMonth.Parse("2022-03").Ordinal;

    /// <summary>A tally of one file: each id counted once in its month, in slot 0.</summary>
    private static FileTally Tally(string path, int month, params int[] ids)
    {
        var tally = new FileTally(path);
        var keys = new Dictionary<CrimeKey, int>();
        foreach (var id in ids)
        {
            keys[new CrimeKey(0, 0, 0, (ulong)id)] = 0;
            tally.Counts.Add(month, 0);
        }
        tally.Ids[month] = keys;
        return tally;
    }

    [Theory]
    [InlineData("2022-03-northumbria-street.csv", "2022-03")]
    [InlineData("/data/2022-03/2022-03-northumbria-street.csv.gz", "2022-03")]
    [InlineData("combined_oxford_crime_data.csv", null)]
    [InlineData("2022-13-street.csv", null)]
    [InlineData("2022-03.csv", null)]
    public void NameMonth_FileNames_MonthOrNone(string path, string? expected) =>
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
    public void Finish_FileHoldingAMonthAlreadyLetGo_IdsNotedAsUnchecked()
    {
        string[] files = ["2022-03-street.csv", "2022-04-street.csv"];
        var merge = new PoliceUkMerge(files);

        merge.Finish(0, Tally(files[0], March, 1, 2));
        merge.Finish(1, Tally(files[1], March, 2, 5, 6));

        Assert.Equal(3, merge.Totals.Unchecked[(March, 1)]);
        Assert.Equal(0, merge.Totals.Duplicates);
    }

    [Fact]
    public void Finish_AnUnnamedFileStillToCome_NothingLetGo()
    {
        string[] files = ["2022-03-street.csv", "combined.csv"];
        var merge = new PoliceUkMerge(files);

        merge.Finish(0, Tally(files[0], March, 1, 2));
        var kept = merge.Totals.MonthsWithIds.ToList();
        merge.Finish(1, Tally(files[1], March, 2));

        Assert.Equal([March], kept);
        Assert.Equal(1, merge.Totals.Duplicates);
    }

    /// <summary>
    /// Whatever order the files finish in, the totals are those of merging them in file order: the first file
    /// holding an id counts it, every later one is a duplicate; and no month's ids outlive its last file.
    /// </summary>
    [Property(MaxTest = 200)]
    public void Finish_AnyOrder_Meets_Specification(int seed, PositiveInt fileCount)
    {
        var random = new Random(seed);
        var files = Enumerable.Range(0, Math.Min(fileCount.Get, 9))
            .Select(i => (Path: $"2022-0{3 + random.Next(3)}-f{i}-street.csv", Ids: Enumerable.Range(0, random.Next(6)).Select(_ => random.Next(8)).Distinct().ToArray()))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        var merge = new PoliceUkMerge(files.Select(f => f.Path).ToArray());

        foreach (var index in Enumerable.Range(0, files.Length).OrderBy(_ => random.Next()))
            merge.Finish(index, Tally(files[index].Path, PoliceUkMerge.NameMonth(files[index].Path), files[index].Ids));

        var byMonth = files.GroupBy(f => PoliceUkMerge.NameMonth(f.Path));
        Assert.Equal(byMonth.Sum(g => g.SelectMany(f => f.Ids).Count() - g.SelectMany(f => f.Ids).Distinct().Count()), merge.Totals.Duplicates);
        foreach (var month in byMonth)
            Assert.Equal(month.SelectMany(f => f.Ids).Distinct().Count(), merge.Totals.Counts.Get(month.Key, 0));
        Assert.Empty(merge.Totals.MonthsWithIds);
        Assert.Empty(merge.Totals.Unchecked);
    }
}
