using Priorities.Assessments;
using Priorities.Import.Concern;
using Priorities.Import.Harm;

namespace Priorities.Import.Tests;

public sealed class HarmAndConcernImporterTests
{
    [Fact]
    public async Task HarmImportAsync_CchiByCategory_OneFactPerCategoryAndAsbNoted()
    {
        var a = (await HarmImporter.ImportAsync(new HarmImportOptions { Input = Fixtures.HarmByCategory, Date = "2026" })).Assessment;

        Assert.Equal(13, a.Harm.Count);
        var robbery = Assert.Single(a.Harm, h => h.Category == "robbery");
        Assert.Equal((365.0, "CCHI days", "2026"), (robbery.Weight, robbery.Unit, robbery.Date));
        Assert.Equal(194.21, Assert.Single(a.Harm, h => h.Category == "violent-crime").Weight);
        Assert.Equal("anti-social-behaviour", Assert.Single(a.DataQuality).Category);
    }

    [Fact]
    public async Task HarmImportAsync_MissingWeight_FillsAbsentCategories()
    {
        var a = (await HarmImporter.ImportAsync(new HarmImportOptions { Input = Fixtures.HarmByCategory, MissingWeight = 1 })).Assessment;

        Assert.Equal(1.0, Assert.Single(a.Harm, h => h.Category == "anti-social-behaviour").Weight);
        Assert.Equal(14, a.Harm.Count);
    }

    [Fact]
    public async Task HarmImportAsync_ForceRows_ReadsTheForceColumn()
    {
        var a = (await HarmImporter.ImportAsync(new HarmImportOptions { Input = Fixtures.HarmThamesValley, Force = "Thames Valley" })).Assessment;

        Assert.Equal(195.93, Assert.Single(a.Harm, h => h.Category == "violent-crime").Weight);
    }

    [Fact]
    public async Task HarmImportAsync_WeightNotANumber_ErrorNamesLine()
    {
        using var temp = new TempFolder();
        var path = temp.Write("w.csv", "crime_type,cchi_days\nBurglary,244.68\nRobbery,lots\n");

        var error = Assert.Single((await Assert.ThrowsAsync<ImportException>(() => HarmImporter.ImportAsync(new HarmImportOptions { Input = path }))).Errors);

        Assert.Equal((ImportCodes.NotANumber, 3L, "Robbery,".Length + 1), (error.Code, error.Line, error.Column));
        Assert.Contains("'lots' is not a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HarmImportAsync_WeightAfterMultiLineQuotedName_ErrorWithoutColumn()
    {
        using var temp = new TempFolder();
        var path = temp.Write("w.csv", "crime_type,cchi_days\nBurglary,244.68\n\"Rob\nbery\",lots\n");

        var error = Assert.Single((await Assert.ThrowsAsync<ImportException>(() => HarmImporter.ImportAsync(new HarmImportOptions { Input = path }))).Errors);

        Assert.Equal((ImportCodes.NotANumber, 3L, 0), (error.Code, error.Line, error.Column));
        Assert.Equal($"{path}:3: error PR4021: column 'cchi_days': 'lots' is not a number.", error.ToString());
    }

    [Fact]
    public async Task HarmImportAsync_SecondWeightForACategory_DuplicateOnTheName()
    {
        using var temp = new TempFolder();
        var path = temp.Write("w.csv", "cchi_days,crime_type\n244.68,Burglary\n1, Burglary\n");

        var error = Assert.Single((await Assert.ThrowsAsync<ImportException>(() => HarmImporter.ImportAsync(new HarmImportOptions { Input = path }))).Errors);

        Assert.Equal((ImportCodes.DuplicateCategory, 3L, 3), (error.Code, error.Line, error.Column));
        Assert.Contains("(the first is on line 2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HarmImportAsync_SeveralForcesNoneChosen_ErrorOnTheForce()
    {
        using var temp = new TempFolder();
        var path = temp.Write("w.csv", "crime_type,cchi_days,force\nBurglary,244.68,Kent\nBurglary,200,Surrey\n");

        var error = Assert.Single((await Assert.ThrowsAsync<ImportException>(() => HarmImporter.ImportAsync(new HarmImportOptions { Input = path }))).Errors);

        Assert.Equal((ImportCodes.SeveralForces, 3L, "Burglary,200,".Length + 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task HarmImportAsync_UnknownCrimeType_WarningOnTheName()
    {
        using var temp = new TempFolder();
        var path = temp.Write("w.csv", "cchi_days,crime_type\n244.68,Burglary\n12.5,Knife crime\n");

        var warning = Assert.Single((await HarmImporter.ImportAsync(new HarmImportOptions { Input = path })).Diagnostics);

        Assert.Equal((ImportCodes.UnknownCrimeType, 3L, "12.5,".Length + 1), (warning.Code, warning.Line, warning.Column));
        Assert.StartsWith($"{path}:3:6: warning PR4053: 'Knife crime'", warning.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", ImportCodes.EmptyFile)]
    [InlineData("name,days\nBurglary,1\n", ImportCodes.MissingColumn)]
    public async Task HarmImportAsync_NoUsableHeader_ErrorOnLineOne(string text, string code)
    {
        using var temp = new TempFolder();
        var path = temp.Write("w.csv", text);

        var error = Assert.Single((await Assert.ThrowsAsync<ImportException>(() => HarmImporter.ImportAsync(new HarmImportOptions { Input = path }))).Errors);

        Assert.Equal((code, 1L, 0), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task ConcernImportAsync_ShareAboveOne_OutOfRangeOnTheShare()
    {
        using var temp = new TempFolder();
        const string row = "CSEW_worryburg,2019-01-01,All adults,1.5,CSEW,Burglary worry";
        var path = temp.Write("c.csv", "Varname,Date,Demographic,Index,Poll,Question\n" + row + "\n");

        var error = Assert.Single((await Assert.ThrowsAsync<ImportException>(() => ConcernImporter.ImportAsync(new ConcernImportOptions { Input = path }))).Errors);

        Assert.Equal((ImportCodes.OutOfRange, 2L, row.IndexOf("1.5", StringComparison.Ordinal) + 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task ConcernImportAsync_MissingFile_NotFound()
    {
        var error = Assert.Single((await Assert.ThrowsAsync<ImportException>(() => ConcernImporter.ImportAsync(new ConcernImportOptions { Input = "/no/such.csv" }))).Errors);

        Assert.Equal("/no/such.csv: error PR4002: no such file.", error.ToString());
    }

    [Fact]
    public async Task ConcernImportAsync_CsewLatin1_LatestAllAdultsSharePerCategory()
    {
        var result = await ConcernImporter.ImportAsync(new ConcernImportOptions { Input = Fixtures.Concern });
        var a = result.Assessment;

        Assert.Equal(["anti-social-behaviour", "burglary", "sexual-offences"], a.Concern.Select(c => c.Category));
        var burglary = a.Concern[1];
        Assert.Equal((0.3523, "2019-01-01"), (burglary.Share!.Value, burglary.Date));
        Assert.Contains("Having your home broken into and something stolen", burglary.Source, StringComparison.Ordinal);
        Assert.DoesNotContain(a.Concern, c => c.Source.Contains('\uFFFD', StringComparison.Ordinal) || c.Source.Contains("point scale", StringComparison.Ordinal));
        var used = FixtureText.Lines(Fixtures.Concern).Skip(1)
            .Count(l => l.Contains("\"All adults\"", StringComparison.Ordinal) && l.Contains("\"CSEW_", StringComparison.Ordinal));
        Assert.Equal(result.RowsRead - used, Assert.Single(a.DataQuality).Count);
    }

    [Fact]
    public async Task Merge_HarmIntoTrends_KeepsTrendsAndAddsHarmAndSources()
    {
        var trends = (await PoliceUk.PoliceUkImporterTests.ImportAsync([Fixtures.Northumbria2021, Fixtures.Northumbria2022], ["Sunderland"], "2022-03")).Assessment;
        var harm = (await HarmImporter.ImportAsync(new HarmImportOptions { Input = Fixtures.HarmByCategory })).Assessment;

        var merged = AssessmentMerge.Merge(trends, harm);
        var again = AssessmentMerge.Merge(merged, harm);

        Assert.Equal(trends.Trends, merged.Trends);
        Assert.Equal(trends.Partnership, merged.Partnership);
        Assert.Equal(harm.Harm, merged.Harm);
        Assert.Equal(trends.Sources.Count + 1, merged.Sources.Count);
        Assert.Equal(AssessmentSerializer.ToJson(merged), AssessmentSerializer.ToJson(again));
    }
}
