namespace Priorities.Host.Tests.Cli;

/// <summary><c>propose --title</c> and <c>--exempt-annex</c>: the committee paper's options.</summary>
public sealed class ProposePaperTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("priorities-paper-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Propose_Title_HeadsThePaper()
    {
        var paper = Path.Combine(_folder.FullName, "paper.md");

        var (code, _, error) = await RunInProcess.RunAsync("propose", "--format", "markdown", "--out", paper, "--title", "Safer Oxford Plan 2025–26");

        Assert.Equal((0, string.Empty), (code, error));
        var text = await File.ReadAllTextAsync(paper);
        Assert.StartsWith("# Safer Oxford Plan 2025–26\n", text, StringComparison.Ordinal);
        Assert.Contains("The Board is recommended to endorse the Oxford Safer Communities Partnership Safer Oxford Plan 2025–26:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_NoTitle_PaperIsTheRollingPlanForTheYearAfterTheAssessment()
    {
        var (code, output, _) = await RunInProcess.RunAsync("propose", "--format", "markdown");

        Assert.Equal(0, code);
        Assert.StartsWith("# Community Safety Rolling Plan 2025–26\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html", "<h1>Exempt annex: Community Safety Rolling Plan 2025–26</h1>")]
    [InlineData("docx", "word/document.xml")]
    public async Task Propose_ExemptAnnex_WritesTheAnnexInThePapersFormatAndThePaperIsPublic(string format, string marker)
    {
        var paper = Path.Combine(_folder.FullName, "paper." + format);
        var annex = Path.Combine(_folder.FullName, "annex." + format);

        var (code, _, error) = await RunInProcess.RunAsync("propose", "--format", format, "--out", paper, "--exempt-annex", annex);

        Assert.Equal((0, string.Empty), (code, error));
        var annexBytes = await File.ReadAllBytesAsync(annex);
        if (format == "docx")
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(annexBytes));
            Assert.NotNull(zip.GetEntry(marker));
            return;
        }

        Assert.Contains(marker, System.Text.Encoding.UTF8.GetString(annexBytes), StringComparison.Ordinal);
        Assert.Contains("Schedule 12A", System.Text.Encoding.UTF8.GetString(annexBytes), StringComparison.Ordinal);
        Assert.Contains("<dt>Version</dt><dd>Public</dd>", await File.ReadAllTextAsync(paper), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_ExemptAnnexWithJson_UsageError()
    {
        var (code, _, error) = await RunInProcess.RunAsync("propose", "--format", "json", "--exempt-annex", Path.Combine(_folder.FullName, "annex.json"));

        Assert.Equal(2, code);
        Assert.Contains("--exempt-annex goes with a board paper: use --format markdown, html or docx.", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.FullName, "annex.json")));
    }
}
