using FsCheck;
using FsCheck.Xunit;
using Priorities.Import.PoliceUk;

namespace Priorities.Import.Tests.PoliceUk;

public sealed class PoliceUkMergeProperties
{
    private static readonly int March = YearMonth.Parse("2022-03").Ordinal;

    /// <summary>A file; <paramref name="StreetMonth"/> is the month of a data.police.uk street file name, else -1.</summary>
    private sealed record TestFile(string Path, int StreetMonth, (int Month, int[] Ids)[] Months)
    {
        /// <summary>A data.police.uk street file (named for a month) that holds rows of another month too.</summary>
        public bool IsStrayStreetFile => StreetMonth >= 0 && Months.Any(m => m.Month != StreetMonth);

        public FileTally Tally() => PoliceUkMergeTests.Tally(Path, Months);
    }

    /// <summary>
    /// A file named as a street file, loosely for a month (an analyst's extract) or not at all, holding ids of its
    /// name month and, sometimes, of other months.
    /// </summary>
    private static TestFile RandomFile(Random random, int index)
    {
        var month = random.Next(3);
        var kind = random.Next(3);
        var path = kind switch
        {
            0 => $"2022-0{3 + month}-f{index}-street.csv",
            1 => $"2022-0{3 + month}-to-2022-05-f{index}.csv",
            _ => $"combined-f{index}.csv",
        };
        var months = random.Next(3) == 0 ? Enumerable.Range(0, 1 + random.Next(3)).Select(_ => random.Next(3)).Distinct() : [month];
        return new TestFile(path, kind == 0 ? March + month : -1, months.Select(m => (March + m, Enumerable.Range(0, random.Next(5)).Select(_ => random.Next(8)).ToArray())).ToArray());
    }

    /// <summary>
    /// Whatever the files' names, months and finishing order, the totals are those of merging every file in file
    /// order at the end, keeping all ids, in every month whose ids were all checked; ids go unchecked only when a file
    /// named as a data.police.uk street file for one month holds rows of another. No ids outlive the merge.
    /// </summary>
    [Property(MaxTest = 300)]
    public void Finish_AnyOrder_Meets_Specification(int seed, PositiveInt fileCount)
    {
        var random = new Random(seed);
        var files = Enumerable.Range(0, Math.Min(fileCount.Get, 9)).Select(i => RandomFile(random, i)).ToArray();
        var merge = new PoliceUkMerge(files.Select(f => f.Path).ToArray());
        foreach (var index in Enumerable.Range(0, files.Length).OrderBy(_ => random.Next()))
            merge.Finish(index, files[index].Tally());
        var reference = new PoliceUkTotals();
        for (var i = 0; i < files.Length; i++) reference.Add(files[i].Tally(), i);

        var actual = merge.Totals;
        Assert.All(actual.Unchecked.Keys, key => Assert.True(files[key.File].IsStrayStreetFile));
        var checkedMonths = reference.Counts.Months.Where(m => !actual.Unchecked.Keys.Any(k => k.Month == m)).Order().ToList();
        Assert.Equal(checkedMonths.Select(m => reference.Counts.Get(m, 0)), checkedMonths.Select(m => actual.Counts.Get(m, 0)));
        Assert.Equal(reference.Repeats.Where(r => checkedMonths.Contains(r.Key.Month)), actual.Repeats.Where(r => checkedMonths.Contains(r.Key.Month)));
        if (actual.Unchecked.Count == 0) Assert.Equal(reference.Duplicates, actual.Duplicates);
        Assert.Empty(actual.MonthsWithIds);
    }
}
