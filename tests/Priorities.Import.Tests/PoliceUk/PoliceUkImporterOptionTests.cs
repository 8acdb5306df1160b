using Priorities.Assessments;
using Priorities.Import.PoliceUk;

namespace Priorities.Import.Tests.PoliceUk;

public sealed class PoliceUkImporterOptionTests
{
    private static readonly string[] Files = [Fixtures.Northumbria2021, Fixtures.Northumbria2022];

    [Fact]
    public async Task ImportAsync_MonthMissingFromWindow_FailsNamingAreaAndMonths()
    {
        var e = await Assert.ThrowsAsync<ImportException>(() => PoliceUkImporterTests.ImportAsync(Files, ["Gateshead"], "2022-02..2022-03"));

        var error = Assert.Single(e.Errors, x => x.Message.Contains("current window", StringComparison.Ordinal));
        Assert.All(e.Errors, x => Assert.Equal((ImportCodes.MissingMonths, "", 0, 0), (x.Code, x.File, x.Line, x.Column)));
        Assert.StartsWith("error PR4033: months missing from the current window for Gateshead", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Gateshead", error.Message, StringComparison.Ordinal);
        Assert.Contains("2022-02", error.Message, StringComparison.Ordinal);
        Assert.Contains(e.Errors, x => x.Message.Contains("previous window for Gateshead: no rows in 2021-02", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_MonthMissingWithAllowGaps_NotesEachMissingMonth()
    {
        var result = await PoliceUkImporterTests.ImportAsync(Files, ["Gateshead"], "2022-02..2022-03", allowGaps: true);

        var gaps = result.Assessment.DataQuality.Where(n => n.Kind == DataQualityKinds.MissingMonths).ToList();
        Assert.Equal(["2021-02", "2022-02"], gaps.Select(g => g.From).Order(StringComparer.Ordinal));
        Assert.All(gaps, g => Assert.Equal("Gateshead", g.Area));
    }

    [Theory]
    [InlineData("map.csv", "from,to\nNewcastle upon Tyne,Tyneside\nGateshead,Tyneside\n")]
    [InlineData("map.yaml", "Tyneside:\n  - Newcastle upon Tyne\n  - Gateshead\n")]
    public async Task ImportAsync_MappingFile_JoinsAreasIntoOne(string name, string mapping)
    {
        using var temp = new TempFolder();
        var options = new PoliceUkImportOptions { Inputs = Files, Areas = ["Tyneside"], Current = MonthRange.Parse("2022-03"), MappingFile = temp.Write(name, mapping) };

        var joined = await PoliceUkImporter.ImportAsync(options);
        var separate = await PoliceUkImporterTests.ImportAsync(Files, ["Newcastle upon Tyne", "Gateshead"], "2022-03");

        Assert.Equal(["Tyneside"], joined.Assessment.Partnership.Areas);
        foreach (var trend in joined.Assessment.Trends)
            Assert.Equal(separate.Assessment.Trends.Where(t => t.Category == trend.Category).Sum(t => t.Count), trend.Count);
    }

    [Fact]
    public async Task ImportAsync_MappingFileWithConflict_ErrorNamesBothLines()
    {
        using var temp = new TempFolder();
        var options = new PoliceUkImportOptions { Inputs = Files, Current = MonthRange.Parse("2022-03"), MappingFile = temp.Write("map.csv", "from,to\nA,B\nA,C\n") };

        var e = await Assert.ThrowsAsync<ImportException>(() => PoliceUkImporter.ImportAsync(options));

        Assert.Equal((ImportCodes.MappingConflict, 3L, 1), (Assert.Single(e.Errors).Code, e.Errors[0].Line, e.Errors[0].Column));
        Assert.Contains("line 2", e.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_SmallNumbers_NoteSaysNoneOrTheTwoCounts()
    {
        var result = await PoliceUkImporterTests.ImportAsync(Files, ["Sunderland"], "2022-03");

        var notes = result.Assessment.DataQuality.Where(n => n.Kind == DataQualityKinds.SmallNumbers).ToList();
        foreach (var trend in result.Assessment.Trends.Where(t => t.SmallNumbers))
        {
            var note = Assert.Single(notes, n => n.Category == trend.Category);
            Assert.Equal(trend.Count + trend.PreviousCount == 0
                ? $"{trend.Category} in Sunderland: none recorded in either window, so there is no trend."
                : $"{trend.Category} in Sunderland: {trend.Count} against {trend.PreviousCount}, too few for the percentage change to mean much.", note.Message);
        }
        Assert.Contains(notes, n => n.Message.Contains("none recorded", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Message.Contains("too few", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_SmallNumbersWithMonthsMissing_NoteSaysMissingNotNone()
    {
        var result = await PoliceUkImporterTests.ImportAsync([Fixtures.Northumbria2022], ["Sunderland"], "2022-03", allowGaps: true);

        var notes = result.Assessment.DataQuality.Where(n => n.Kind == DataQualityKinds.SmallNumbers).ToList();
        foreach (var trend in result.Assessment.Trends.Where(t => t.SmallNumbers))
        {
            var note = Assert.Single(notes, n => n.Category == trend.Category);
            Assert.Equal($"{trend.Category} in Sunderland: {trend.Count} against {trend.PreviousCount}, but the previous window has months "
                + "with no rows for Sunderland (missing, not zero), so there is no trend to read.", note.Message);
        }
        Assert.Contains(result.Assessment.Trends, t => t.SmallNumbers && t.Count == 0);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    [InlineData(1)]
    public async Task ImportAsync_AnyParallelism_SameCounts(int parallelism)
    {
        var options = new PoliceUkImportOptions { Inputs = Files, Areas = ["Gateshead"], Current = MonthRange.Parse("2022-03"), MaxDegreeOfParallelism = parallelism };

        var result = await PoliceUkImporter.ImportAsync(options);
        var reference = await PoliceUkImporterTests.ImportAsync(Files, ["Gateshead"], "2022-03");

        Assert.Equal(reference.Assessment.Trends, result.Assessment.Trends);
    }

    [Fact]
    public async Task ImportAsync_UnknownCrimeType_SkippedAndNamedInNote()
    {
        using var temp = new TempFolder();
        var lines = FixtureText.Lines(Fixtures.Northumbria2022);
        var sunderland = lines.FindIndex(l => l.Contains(",Sunderland ", StringComparison.Ordinal));
        lines[sunderland] = string.Join(',', lines[sunderland].Split(',').Select((c, i) => i == 9 ? "Fraud" : c));
        var path = temp.Write("2022-03.csv", string.Join("\n", lines));

        var result = await PoliceUkImporterTests.ImportAsync([path], ["Sunderland"], "2022-03", allowGaps: true);
        var before = await PoliceUkImporterTests.ImportAsync([Fixtures.Northumbria2022], ["Sunderland"], "2022-03", allowGaps: true);

        var note = PoliceUkImporterTests.Single(result.Assessment.DataQuality, DataQualityKinds.UnknownCrimeType);
        Assert.Equal(1, note.Count);
        Assert.Contains("Fraud 1", note.Message, StringComparison.Ordinal);
        Assert.Equal(before.Assessment.Trends.Sum(t => t.Count) - 1, result.Assessment.Trends.Sum(t => t.Count));
    }

    [Fact]
    public async Task ImportAsync_Options_FillPartnershipPeriodSeriesRateAndDuties()
    {
        var options = new PoliceUkImportOptions
        {
            Inputs = Files,
            Areas = ["sunderland"],
            Current = MonthRange.Parse("2022-03"),
            IncludeSeries = true,
            PartnershipName = "Safer Sunderland",
            PartnershipCode = "E22000248",
            Populations = new Dictionary<string, int> { ["Sunderland"] = 277_000 },
        };

        var a = (await PoliceUkImporter.ImportAsync(options)).Assessment;

        Assert.Equal(("Safer Sunderland", "E22000248"), (a.Partnership.Name, a.Partnership.Code));
        Assert.Equal(("2022-03", "2021-03", "March 2022"), (a.Period.Start, a.PreviousPeriod!.Start, a.Period.Label));
        var trend = a.Trends.First(t => t.Count > 0);
        Assert.Equal(["2021-03", "2022-03"], trend.Series!.Select(s => s.Period));
        Assert.Equal(Math.Round(trend.Count * 1000.0 / 277_000, 2), trend.RatePer1000);
        Assert.Equal(StatutoryDuties.InForceEverywhere(), a.Duties);
        Assert.Contains(a.Sources, s => s.Contains("Open Government Licence v3.0", StringComparison.Ordinal));
    }
}
