using Priorities.Assessments;

namespace Priorities.Import.Tests.PoliceUk;

/// <summary>The counts of a police.uk import do not depend on how its files are named.</summary>
public sealed class PoliceUkImporterNamingTests
{
    private static readonly string[] Sunderland = ["Sunderland"];

    private static readonly List<string> Rows2021 = FixtureText.Lines(Fixtures.Northumbria2021);

    private static readonly List<string> Rows2022 = FixtureText.Lines(Fixtures.Northumbria2022);

    private static string Csv(IEnumerable<string> rows) => string.Join('\n', [Rows2022[0], .. rows]) + "\n";

    private static int WithCrimeId(IEnumerable<string> rows, string area) =>
        rows.Count(r => r.Split(',') is var c && c[0].Length > 0 && c[8].StartsWith(area + " ", StringComparison.Ordinal));

    [Fact]
    public async Task ImportAsync_OverlappingExtractsNamedByMonth_CountsAsWhenNamedOtherwise()
    {
        using var temp = new TempFolder();
        var whole = Csv([.. Rows2021.Skip(1), .. Rows2022.Skip(1)]);
        var recent = Csv(Rows2022.Skip(1));
        string[] named = [temp.Write("2021-03-to-2022-03-sunderland.csv", whole), temp.Write("2022-01-to-2022-03-sunderland.csv", recent)];
        string[] plain = [temp.Write("a.csv", whole), temp.Write("b.csv", recent)];

        var byMonthName = await PoliceUkImporterTests.ImportAsync(named, Sunderland, "2022-03");
        var byPlainName = await PoliceUkImporterTests.ImportAsync(plain, Sunderland, "2022-03");

        Assert.Equal(byPlainName.Assessment.Trends, byMonthName.Assessment.Trends);
        var duplicates = byMonthName.Assessment.DataQuality.First(n => n.Kind == DataQualityKinds.DuplicateIds);
        Assert.Equal(WithCrimeId(Rows2022, "Sunderland"), duplicates.Count);
        Assert.DoesNotContain(byMonthName.Assessment.DataQuality, n => n.Kind == DataQualityKinds.UncheckedIds);
    }

    [Fact]
    public async Task ImportAsync_StreetFileHoldingAMonthAlreadyLetGo_NotedAsUncheckedInPlainWords()
    {
        using var temp = new TempFolder();
        var stray = Rows2021.Skip(1).Where(r => WithCrimeId([r], "Sunderland") == 1).Take(20).ToList();
        string[] files =
        [
            temp.Write("2021-03-northumbria-street.csv", Csv(Rows2021.Skip(1))),
            temp.Write("2022-03-northumbria-street.csv", Csv([.. Rows2022.Skip(1), .. stray])),
        ];

        var result = await PoliceUkImporterTests.ImportAsync(files, Sunderland, "2022-03");

        var note = Assert.Single(result.Assessment.DataQuality, n => n.Kind == DataQualityKinds.UncheckedIds);
        Assert.Equal((20L, "2021-03"), (note.Count, note.From));
        Assert.Contains("2022-03-northumbria-street.csv, named for 2022-03, also holds rows of 2021-03", note.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("memory", note.Message, StringComparison.Ordinal);
    }
}
