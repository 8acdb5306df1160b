using Priorities.Assessments;
using Priorities.Import.Ons;
using Priorities.Import.PoliceUk;

namespace Priorities.Import.Tests.PoliceUk;

/// <summary>Trends carry their windows, how they compare and where they are for; windows not a year apart are warned about.</summary>
public sealed class PoliceUkComparisonTests
{
    private static readonly string[] Files = [Fixtures.Northumbria2021, Fixtures.Northumbria2022];

    [Fact]
    public async Task ImportAsync_NoPrevious_YearOnYearWithoutWarning()
    {
        var result = await PoliceUkImporterTests.ImportAsync(Files, ["Gateshead"], "2022-03");

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ImportCodes.NotYearOnYear);
        Assert.All(result.Assessment.Trends, t => Assert.Equal(
            ("2022-03..2022-03", "2021-03..2021-03", TrendComparisons.YearOnYear, Geographies.Local),
            (t.Period, t.PreviousPeriod, t.Comparison, t.Geography)));
    }

    [Fact]
    public async Task ImportAsync_ConsecutiveWindows_WarnsSeasonalAndLabelsConsecutive()
    {
        var result = await PoliceUkImporterTests.ImportAsync([Fixtures.OxfordCombined], ["Oxford"], "2024-07..2024-09", "2024-04..2024-06");

        var warning = Assert.Single(result.Diagnostics, d => d.Code == ImportCodes.NotYearOnYear);
        Assert.Equal(Priorities.Engine.Diagnostics.DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("2024-04..2024-06 is not the same months a year before the current window 2024-07..2024-09", warning.Message, StringComparison.Ordinal);
        Assert.Contains("seasonal", warning.Message, StringComparison.Ordinal);
        Assert.All(result.Assessment.Trends, t => Assert.Equal(TrendComparisons.Consecutive, t.Comparison));
    }

    [Fact]
    public async Task ImportAsync_WindowsNeitherAYearNorConsecutive_WarnsAndLabelsOther()
    {
        var result = await PoliceUkImporterTests.ImportAsync([Fixtures.OxfordCombined], ["Oxford"], "2024-07..2024-09", "2024-01..2024-03");

        Assert.Single(result.Diagnostics, d => d.Code == ImportCodes.NotYearOnYear);
        Assert.All(result.Assessment.Trends, t => Assert.Equal(TrendComparisons.Other, t.Comparison));
    }

    [Fact]
    public async Task ImportAsync_PopulationFile_SetsPartnershipPopulationRatesAndSource()
    {
        var options = new PoliceUkImportOptions { Inputs = Files, Areas = ["Gateshead"], Current = MonthRange.Parse("2022-03"), PopulationFile = Fixtures.Population };

        var result = await PoliceUkImporter.ImportAsync(options);

        Assert.Equal(198200, result.Assessment.Partnership.Population);
        var trend = result.Assessment.Trends.First(t => t.Count > 0);
        Assert.Equal(Math.Round(trend.Count * 1000.0 / 198200, 2), trend.RatePer1000);
        Assert.Contains(result.Assessment.Sources, s => s.Contains("lad_population_2011_2021.csv, population_2021", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_PopulationFileWithoutTheArea_WarnsAndLeavesRatesUnknown()
    {
        using var temp = new TempFolder();
        var file = temp.Write("pop.csv", "lad_code,lad_name,population_2021\nE07000178,Oxford,162000\n");
        var options = new PoliceUkImportOptions { Inputs = Files, Areas = ["Gateshead"], Current = MonthRange.Parse("2022-03"), PopulationFile = file };

        var result = await PoliceUkImporter.ImportAsync(options);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == ImportCodes.NoPopulation);
        Assert.Equal(file, warning.File);
        Assert.Null(result.Assessment.Partnership.Population);
        Assert.All(result.Assessment.Trends, t => Assert.Null(t.RatePer1000));
    }

    [Fact]
    public async Task OnsImportAsync_PopulationFile_SetsPopulationAndVolumesAreLocal()
    {
        var options = new OnsCspImportOptions { Input = Fixtures.OnsTableC2, Areas = ["E22000308"], PopulationFile = Fixtures.Population };

        var a = (await OnsCspImporter.ImportAsync(options)).Assessment;

        Assert.Equal(162000, a.Partnership.Population);
        Assert.All(a.Volumes, v => Assert.Equal((Geographies.Local, "2024-07..2025-06"), (v.Geography, v.Period)));
    }
}
