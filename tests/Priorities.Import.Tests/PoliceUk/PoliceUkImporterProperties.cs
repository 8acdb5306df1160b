using FsCheck;
using FsCheck.Xunit;

namespace Priorities.Import.Tests.PoliceUk;

public sealed class PoliceUkImporterProperties
{
    private static readonly string[] Areas = ["Gateshead", "Newcastle upon Tyne", "North Tyneside", "Northumberland", "South Tyneside", "Sunderland"];
    private static readonly Lazy<List<string>> Lines = new(() =>
        FixtureText.Lines(Fixtures.Northumbria2021).Concat(FixtureText.Lines(Fixtures.Northumbria2022).Skip(1)).ToList());

    /// <summary>Counts do not depend on the order of the rows or on how they are split into files.</summary>
    [Property(MaxTest = 12)]
    public async Task ImportAsync_ShuffledAndSplitRows_Meets_Specification(int seed, PositiveInt parts)
    {
        var header = Lines.Value[0];
        var rows = Lines.Value.Skip(1).ToArray();
        new Random(seed).Shuffle(rows);
        var files = Math.Min(parts.Get, 7);
        using var temp = new TempFolder();
        for (var f = 0; f < files; f++)
        {
            var part = rows.Where((_, i) => i % files == f);
            temp.Write($"part-{f}.csv{(f % 2 == 0 ? ".gz" : string.Empty)}", string.Join("\n", [header, .. part]) + "\n", gzip: f % 2 == 0);
        }

        var split = await PoliceUkImporterTests.ImportAsync([temp.Path], Areas, "2022-03");
        var whole = await PoliceUkImporterTests.ImportAsync([Fixtures.Northumbria2021, Fixtures.Northumbria2022], Areas, "2022-03");

        Assert.Equal(whole.Assessment.Trends.Select(t => t with { Source = string.Empty }), split.Assessment.Trends.Select(t => t with { Source = string.Empty }));
    }
}
