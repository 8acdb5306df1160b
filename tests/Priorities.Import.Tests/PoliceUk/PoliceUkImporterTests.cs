using Priorities.Assessments;
using Priorities.Import.PoliceUk;

namespace Priorities.Import.Tests.PoliceUk;

public sealed class PoliceUkImporterTests
{
    private static readonly string[] SixAreas = ["Gateshead", "Newcastle upon Tyne", "North Tyneside", "Northumberland", "South Tyneside", "Sunderland"];

    internal static Task<ImportResult> ImportAsync(IReadOnlyList<string> inputs, IReadOnlyList<string> areas, string current, string? previous = null, bool allowGaps = false) =>
        PoliceUkImporter.ImportAsync(new PoliceUkImportOptions
        {
            Inputs = inputs,
            Areas = areas,
            Current = MonthRange.Parse(current),
            Previous = previous is null ? null : MonthRange.Parse(previous),
            AllowGaps = allowGaps,
        });

    [Fact]
    public async Task ImportAsync_NorthumbriaSlices_CountsEqualIndependentCount()
    {
        var files = new[] { Fixtures.Northumbria2021, Fixtures.Northumbria2022 };
        var result = await ImportAsync(files, SixAreas, "2022-03");
        var expected = IndependentCount.Count(files, SixAreas);

        Assert.Equal(SixAreas.Length * 14, result.Assessment.Trends.Count);
        foreach (var trend in result.Assessment.Trends)
        {
            Assert.Equal(IndependentCount.Sum(expected, ["2022-03"], trend.Area, trend.Category), trend.Count);
            Assert.Equal(IndependentCount.Sum(expected, ["2021-03"], trend.Area, trend.Category), trend.PreviousCount);
        }
        Assert.Equal(expected.Values.Sum(), result.Assessment.Trends.Sum(t => t.Count + t.PreviousCount));
    }

    [Fact]
    public async Task ImportAsync_CombinedVariantWithNaCells_CountsEqualIndependentCount()
    {
        var result = await ImportAsync([Fixtures.OxfordCombined], ["Oxford"], "2024-07..2024-09", "2024-04..2024-06");
        var expected = IndependentCount.Count([Fixtures.OxfordCombined], ["Oxford"]);

        foreach (var trend in result.Assessment.Trends)
        {
            Assert.Equal(IndependentCount.Sum(expected, ["2024-07", "2024-08", "2024-09"], "Oxford", trend.Category), trend.Count);
            Assert.Equal(IndependentCount.Sum(expected, ["2024-04", "2024-05", "2024-06"], "Oxford", trend.Category), trend.PreviousCount);
        }
        Assert.Contains(result.Assessment.DataQuality, n => n.Kind == DataQualityKinds.OutsideWindow && n.Count == expected.Where(e => string.CompareOrdinal(e.Key.Month, "2024-04") < 0).Sum(e => e.Value));
    }

    [Fact]
    public async Task ImportAsync_RowsWithoutLsoaOrOutsideAreas_SkippedAndNotedWithExactCounts()
    {
        var lines = FixtureText.Lines(Fixtures.Northumbria2022).Skip(1).Select(l => l.Split(',')).ToList();
        var result = await ImportAsync([Fixtures.Northumbria2022], ["Sunderland"], "2022-03", allowGaps: true);
        var notes = result.Assessment.DataQuality;

        var noLsoa = lines.Count(c => c[8].Length == 0);
        var outside = lines.Count(c => c[8].Length > 0 && !c[8].StartsWith("Sunderland ", StringComparison.Ordinal));
        Assert.True(noLsoa > 0 && outside > 0);
        Assert.Equal(noLsoa, Single(notes, DataQualityKinds.NoLsoa).Count);
        Assert.Equal(outside, Single(notes, DataQualityKinds.OutsideArea).Count);
        Assert.Contains("Newcastle upon Tyne", Single(notes, DataQualityKinds.OutsideArea).Message, StringComparison.Ordinal);
        Assert.Equal(noLsoa + outside, Single(notes, DataQualityKinds.SkippedRows).Count);
        Assert.Equal(lines.Count - noLsoa - outside, result.Assessment.Trends.Sum(t => t.Count));
    }

    [Fact]
    public async Task ImportAsync_OverlappingFiles_RepeatedCrimeIdsCountedOnceAndNoted()
    {
        var july = FixtureText.Lines(Fixtures.Oxford2024July).Skip(1).Select(l => l.Split(',')[0]).Where(id => id.Length > 0).ToHashSet();
        var combined = FixtureText.Lines(Fixtures.OxfordCombined).Skip(1).Select(l => l.Split(',')).Where(c => c[1] == "2024-07").Select(c => c[0]);
        var repeats = combined.Count(july.Contains);

        var result = await ImportAsync([Fixtures.OxfordCombined, Fixtures.Oxford2024July], ["Oxford"], "2024-07", "2024-06");
        var expected = IndependentCount.Count([Fixtures.OxfordCombined, Fixtures.Oxford2024July], ["Oxford"]);

        Assert.True(repeats > 0);
        Assert.Equal(expected.Where(e => e.Key.Month == "2024-07").Sum(e => e.Value), result.Assessment.Trends.Sum(t => t.Count));
        var notes = result.Assessment.DataQuality.Where(n => n.Kind == DataQualityKinds.DuplicateIds).ToList();
        Assert.Equal(2, notes.Count);
        Assert.All(notes, n => Assert.Equal(repeats, n.Count));
        Assert.Contains("2024-07-thames-valley-street-oxford-city.csv repeat those in combined_oxford_crime_data.csv", notes[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_LfCrlfPlainAndGzip_GiveTheSameAssessment()
    {
        using var temp = new TempFolder();
        var text = FixtureText.Read(Fixtures.Northumbria2022);
        var lf = temp.Write("lf/2022-03.csv", text.ReplaceLineEndings("\n"));
        var gz = temp.Write("gz/2022-03.csv.gz", text, gzip: true);

        var original = await ImportAsync([Fixtures.Northumbria2022], SixAreas, "2022-03", "2022-03");
        var fromLf = await ImportAsync([lf], SixAreas, "2022-03", "2022-03");
        var fromGz = await ImportAsync([gz], SixAreas, "2022-03", "2022-03");

        Assert.Equal(original.Assessment.Trends, fromLf.Assessment.Trends);
        Assert.Equal(original.Assessment.Trends, fromGz.Assessment.Trends);
    }

    [Fact]
    public async Task ImportAsync_FolderWithMonthlySubfolders_ReadsEveryCsvRecursively()
    {
        using var temp = new TempFolder();
        File.Copy(Fixtures.Northumbria2021, Directory.CreateDirectory(temp.File("2021-03")).FullName + "/2021-03-northumbria-street.csv.gz");
        File.Copy(Fixtures.Northumbria2022, Directory.CreateDirectory(temp.File("2022-03")).FullName + "/2022-03-northumbria-street.csv");
        temp.Write("README.txt", "not a csv");

        var fromFolder = await ImportAsync([temp.Path], SixAreas, "2022-03");
        var fromFiles = await ImportAsync([Fixtures.Northumbria2021, Fixtures.Northumbria2022], SixAreas, "2022-03");

        Assert.Equal(2, fromFolder.FilesRead);
        Assert.Equal(fromFiles.Assessment.Trends, fromFolder.Assessment.Trends);
    }

    [Fact]
    public async Task ImportAsync_SameInputTwice_ByteIdenticalOutput()
    {
        var first = await ImportAsync([Fixtures.Northumbria2022, Fixtures.Northumbria2021], SixAreas, "2022-03");
        var second = await ImportAsync([Fixtures.Northumbria2022, Fixtures.Northumbria2021], SixAreas, "2022-03");

        Assert.Equal(AssessmentSerializer.ToYaml(first.Assessment), AssessmentSerializer.ToYaml(second.Assessment));
        Assert.Equal(AssessmentSerializer.ToJson(first.Assessment), AssessmentSerializer.ToJson(second.Assessment));
    }

    [Fact]
    public async Task ImportAsync_NoAreasRequested_CountsEveryAreaFound()
    {
        var result = await ImportAsync([Fixtures.Northumbria2022], [], "2022-03", allowGaps: true);

        Assert.Contains("County Durham", result.Assessment.Partnership.Areas);
        Assert.Contains("Sunderland", result.Assessment.Partnership.Areas);
        Assert.DoesNotContain(result.Assessment.DataQuality, n => n.Kind == DataQualityKinds.OutsideArea);
    }

    internal static DataQualityNote Single(IEnumerable<DataQualityNote> notes, string kind) => Assert.Single(notes, n => n.Kind == kind);
}
