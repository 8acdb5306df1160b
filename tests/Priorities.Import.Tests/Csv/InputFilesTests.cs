using Priorities.Engine.Diagnostics;
using Priorities.Import.Csv;

namespace Priorities.Import.Tests.Csv;

public sealed class InputFilesTests
{
    private const string OutcomesHeader = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type\n";

    /// <summary>A folder laid out as a data.police.uk download: a folder per month, street, outcomes and stop-and-search files.</summary>
    private static void Download(TempFolder temp)
    {
        Copy(Fixtures.Northumbria2021, temp.File(Path.Combine("2021-03", "2021-03-northumbria-street.csv.gz")));
        Copy(Fixtures.Northumbria2022, temp.File(Path.Combine("2022-03", "2022-03-northumbria-street.csv")));
        foreach (var month in new[] { "2021-03", "2022-03" })
        {
            temp.Write($"{month}/{month}-northumbria-outcomes.csv", OutcomesHeader);
            temp.Write($"{month}/{month}-northumbria-stop-and-search.csv", "Type,Date,Part of a policing operation\n");
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
    }

    [Fact]
    public void Expand_DownloadFolder_StreetFilesOnlyAndOneWarning()
    {
        using var temp = new TempFolder();
        Download(temp);
        var warnings = new List<Diagnostic>();

        var files = InputFiles.Expand([temp.Path], warnings);

        Assert.Equal(["2021-03-northumbria-street.csv.gz", "2022-03-northumbria-street.csv"], files.Select(Path.GetFileName));
        var warning = Assert.Single(warnings);
        Assert.Equal(("PR4055", temp.Path), (warning.Code, warning.File));
        Assert.Contains("left out 4 files of data.police.uk outcomes or stop and search", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_FolderAndItsParent_EachFileReadAndWarnedAboutOnce()
    {
        using var temp = new TempFolder();
        Download(temp);
        var warnings = new List<Diagnostic>();

        var files = InputFiles.Expand([temp.File("2022-03"), temp.Path], warnings);

        Assert.Equal(["2022-03-northumbria-street.csv", "2021-03-northumbria-street.csv.gz"], files.Select(Path.GetFileName));
        Assert.Equal(2, warnings.Count);
        Assert.Contains("left out 2 files", warnings[0].Message, StringComparison.Ordinal);
        Assert.Equal((temp.Path, "left out 2 files"), (warnings[1].File, warnings[1].Message[..16]));
    }

    [Fact]
    public void Expand_SameFolderTwice_OneWarning()
    {
        using var temp = new TempFolder();
        Download(temp);
        var warnings = new List<Diagnostic>();

        InputFiles.Expand([temp.Path, temp.Path + Path.DirectorySeparatorChar], warnings);

        Assert.Single(warnings);
    }

    [Fact]
    public void Expand_OutcomesFileNamedDirectly_ReadWhateverItsName()
    {
        using var temp = new TempFolder();
        var outcomes = temp.Write("2022-03-northumbria-outcomes.csv", OutcomesHeader);
        var warnings = new List<Diagnostic>();

        Assert.Equal([outcomes], InputFiles.Expand([outcomes], warnings));
        Assert.Empty(warnings);
    }

    [Fact]
    public void Expand_FolderOfOutcomesOnly_ErrorSaysWhatItHolds()
    {
        using var temp = new TempFolder();
        temp.Write("2022-03/2022-03-northumbria-outcomes.csv", OutcomesHeader);

        var error = Assert.Single(Assert.Throws<ImportException>(() => InputFiles.Expand([temp.Path])).Errors);

        Assert.Equal(("PR4003", temp.Path), (error.Code, error.File));
        Assert.Contains("no .csv or .csv.gz files of street-level crime (only 1 file of outcomes or stop and search)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_DownloadFolder_CountsTheStreetFilesAndWarns()
    {
        using var temp = new TempFolder();
        Download(temp);
        string[] areas = ["Sunderland", "Gateshead"];

        var download = await PoliceUk.PoliceUkImporterTests.ImportAsync([temp.Path], areas, "2022-03");
        var street = await PoliceUk.PoliceUkImporterTests.ImportAsync([Fixtures.Northumbria2021, Fixtures.Northumbria2022], areas, "2022-03");

        Assert.Equal(street.Assessment.Trends.Select(t => (t.Area, t.Category, t.Count, t.PreviousCount)), download.Assessment.Trends.Select(t => (t.Area, t.Category, t.Count, t.PreviousCount)));
        Assert.Contains(download.Diagnostics, d => d.Code == "PR4055");
    }
}
