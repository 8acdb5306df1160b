using Priorities.Assessments;
using Priorities.Import.Ons;

namespace Priorities.Import.Tests.Ons;

public sealed class OnsCspImporterTests
{
    private static Task<ImportResult> ImportAsync(string input, params string[] areas) =>
        OnsCspImporter.ImportAsync(new OnsCspImportOptions { Input = input, Areas = areas });

    [Fact]
    public async Task ImportAsync_CutOffGzip_ErrorOnTheLineWhereTheDataStops()
    {
        using var temp = new TempFolder();
        var text = FixtureText.Read(Fixtures.OnsTableC2);
        var whole = File.ReadAllBytes(temp.Write("table.csv.gz", text, gzip: true));
        var path = temp.File("cut.csv.gz");
        File.WriteAllBytes(path, whole[..(whole.Length / 2)]);

        var error = Assert.Single((await Assert.ThrowsAsync<ImportException>(() => ImportAsync(path))).Errors);

        Assert.Equal((ImportCodes.GzipTruncated, path), (error.Code, error.File));
        Assert.InRange(error.Line, 10, text.Count(c => c == '\n'));
    }

    [Fact]
    public async Task ImportAsync_TableC2_VolumesWithThousandsSeparatorsAndPeriodFromTitle()
    {
        var a = (await ImportAsync(Fixtures.OnsTableC2, "Oxford")).Assessment;

        Assert.Equal(("Oxford", "E22000308"), (a.Partnership.Name, a.Partnership.Code));
        Assert.Equal(("2024-07", "2025-06", "year ending June 2025"), (a.Period.Start, a.Period.End, a.Period.Label));
        int Count(string category) => Assert.Single(a.Volumes, v => v.Category == category).Count;
        Assert.Equal(17_100, Count("total-excluding-fraud"));
        Assert.Equal(1_050, Count("bicycle-theft"));
        Assert.Equal(623, Count("burglary"));
        Assert.Equal(5_153 + 592, Count("violent-crime"));
        Assert.All(a.Volumes, v => Assert.Equal(("Oxford", "E22000308", "2024-07..2025-06"), (v.Area, v.AreaCode, v.Period)));
        Assert.Equal(24, a.Volumes.Count);
    }

    [Fact]
    public async Task ImportAsync_ForceTotalsUnassignedAndAirport_LeftOutAndNoted()
    {
        var result = await ImportAsync(Fixtures.OnsTableC2);
        var a = result.Assessment;

        Assert.DoesNotContain(a.Volumes, v => v.Area.Contains("Unassigned", StringComparison.OrdinalIgnoreCase) || v.Area is "Manchester Airport" or "Northumbria");
        Assert.Equal(10 + 6 + 11 + 13, a.Partnership.Areas.Count);
        var notes = a.DataQuality.Where(n => n.Kind == DataQualityKinds.ExcludedRows).ToList();
        Assert.Contains(notes, n => n.Count == 4 && n.Message.Contains("Northumbria total", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Count == 4 && n.Message.Contains("unassigned Surrey", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Count == 1 && n.Message.Contains("Manchester Airport", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_OneArea_NotesOnlyItsForcesRowsLeftOut()
    {
        var notes = (await ImportAsync(Fixtures.OnsTableC2, "Oxford")).Assessment.DataQuality;

        Assert.Equal(2, notes.Count);
        Assert.Contains(notes, n => n.Message == "1 force-total row left out, not partnerships: Thames Valley total.");
        Assert.Contains(notes, n => n.Message == "1 row of crimes not assigned to a partnership left out, not partnerships: Unassigned Thames Valley.");
    }

    [Fact]
    public async Task ImportAsync_AreasByNameOrCode_PicksThem()
    {
        var a = (await ImportAsync(Fixtures.OnsTableC2, "cherwell", "E22000245")).Assessment;

        Assert.Equal(["Newcastle upon Tyne", "Cherwell"], a.Partnership.Areas);
        Assert.Equal(["E22000245", "E22000305"], a.Volumes.Select(v => v.AreaCode).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_UnknownArea_ErrorNamesIt()
    {
        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(Fixtures.OnsTableC2, "Oxfrod"));

        var error = Assert.Single(e.Errors);
        Assert.Contains("'Oxfrod'", error.Message, StringComparison.Ordinal);
        Assert.Equal((ImportCodes.UnknownPartnership, Fixtures.OnsTableC2, 0L, 0), (error.Code, error.File, error.Line, error.Column));
    }

    [Fact]
    public async Task ImportAsync_UnavailableCell_NotedWithoutAFact()
    {
        using var temp = new TempFolder();
        var text = File.ReadAllText(Fixtures.OnsTableC2).Replace("E22000308,Oxford,E07000178,Oxford,\"17,100 \",\"5,153 \",0 ,", "E22000308,Oxford,E07000178,Oxford,\"17,100 \",\"5,153 \",[x],", StringComparison.Ordinal);
        var a = (await ImportAsync(temp.Write("c2.csv", text), "Oxford")).Assessment;

        Assert.DoesNotContain(a.Volumes, v => v.Category == "homicide");
        var note = Assert.Single(a.DataQuality, n => n.Kind == DataQualityKinds.Unavailable);
        Assert.Equal(("homicide", "Oxford"), (note.Category, note.Area));
    }

    [Fact]
    public async Task ImportAsync_CountNotANumber_ErrorNamesLineAndColumn()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllText(Fixtures.OnsTableC2).Split("\r\n").ToList();
        var oxford = lines.FindIndex(l => l.Contains("E22000308", StringComparison.Ordinal));
        lines[oxford] = lines[oxford].Replace("\"17,100 \"", "n/a", StringComparison.Ordinal);
        var path = temp.Write("c2.csv", string.Join("\r\n", lines));

        var error = Assert.Single((await Assert.ThrowsAsync<ImportException>(() => ImportAsync(path, "Oxford"))).Errors);

        Assert.Equal((ImportCodes.NotANumber, oxford + 5 + 1L, lines[oxford].IndexOf(",n/a,", StringComparison.Ordinal) + 2), (error.Code, error.Line, error.Column));
        Assert.Contains("'Total recorded crime (excluding fraud)': 'n/a'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:{error.Line}:{error.Column}: error PR4021: column ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_NotAnOnsTable_ErrorSaysSo()
    {
        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(Fixtures.OxfordCombined));

        var error = Assert.Single(e.Errors);
        Assert.Contains("no header with a 'Community Safety Partnership name' column", error.Message, StringComparison.Ordinal);
        Assert.Equal((ImportCodes.NotOnsTable, 1L, 0), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task ImportAsync_QuotedCountWithSpace_ErrorOnItsOpeningQuote()
    {
        using var temp = new TempFolder();
        var row = "E23000029,Thames Valley,E22000308,Oxford,E07000178,Oxford,\"17 100 x\",12";
        var path = temp.Write("t.csv", $"\"Table C2: crimes, year ending June 2025\"\n{SmallHeader}\n{row}\n");

        var error = Assert.Single((await Assert.ThrowsAsync<ImportException>(() => ImportAsync(path))).Errors);

        Assert.Equal((ImportCodes.NotANumber, 3L, row.IndexOf('"', StringComparison.Ordinal) + 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task ImportAsync_UnknownOffenceColumn_WarningOnItsHeaderCell()
    {
        using var temp = new TempFolder();
        var path = temp.Write("t.csv", $"\"Table C2: crimes, year ending June 2025\"\n{SmallHeader}\nE23000029,Thames Valley,E22000308,Oxford,E07000178,Oxford,\"17,100 \",12\n");

        var warning = Assert.Single((await ImportAsync(path)).Diagnostics);

        Assert.Equal((ImportCodes.UnknownOffenceColumn, 2L, SmallHeader.IndexOf("Knife crime", StringComparison.Ordinal) + 1), (warning.Code, warning.Line, warning.Column));
        Assert.StartsWith($"{path}:2:{warning.Column}: warning PR4054: offence column 'Knife crime'", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_UnknownOffenceColumnAfterMultiLineHeaderCells_WarningWithoutColumn()
    {
        using var temp = new TempFolder();
        var text = File.ReadAllText(Fixtures.OnsTableC2).Replace(",Homicide,", ",Homicides of all kinds,", StringComparison.Ordinal);
        var lines = text.Split("\r\n").ToList();
        var header = lines.FindIndex(l => l.StartsWith("\"Police Force", StringComparison.Ordinal));

        var warning = Assert.Single((await ImportAsync(temp.Write("c2.csv", text), "Oxford")).Diagnostics);

        Assert.Equal((ImportCodes.UnknownOffenceColumn, header + 1L, 0), (warning.Code, warning.Line, warning.Column));
    }

    private const string SmallHeader = "Police Force Area code,Police Force Area name,Community Safety Partnership code,Community Safety Partnership name,"
        + "Local Authority code,Local Authority name,Total recorded crime (excluding fraud),Knife crime";
}
