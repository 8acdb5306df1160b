using System.Text.RegularExpressions;

namespace Priorities.Reports.Tests;

/// <summary>Renders the HTML report in headless Chromium and checks what a reader would see.</summary>
public sealed partial class ChromiumRenderTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("priorities-report-");

    [Fact]
    public void DumpDom_OxfordReport_HasPriorityTitlesAndChartSegments()
    {
        var plan = ReportSamples.Oxford();
        var dom = ChromiumRunner.DumpDom(Write(ReportAssert.Html(plan)));

        Assert.All(plan.Priorities, p => Assert.Contains($">{p.Rank}. {p.Title}</h3>", dom, StringComparison.Ordinal));
        var ranked = plan.Priorities.Where(p => !p.Mandatory).ToArray();
        Assert.Equal(ranked.Length, BarPattern().Count(dom));
        var segments = ranked.Sum(p => p.Breakdown.Count(c => c.Contribution > 0));
        var legendKeys = ReportSamples.Dimensions.Length;
        Assert.Equal(segments + legendKeys, RectPattern().Count(dom));
    }

    [Fact]
    public void Screenshot_OxfordReport_ShowsTextAndChartColours()
    {
        var png = Path.Combine(folder.FullName, "report.png");
        ChromiumRunner.Screenshot(Write(ReportAssert.Html(ReportSamples.Oxford())), png, 1200, 1800);

        var image = PngImage.Read(File.ReadAllBytes(png));
        var colours = Enumerable.Range(0, image.Width * image.Height).Select(image.Colour).ToHashSet();

        Assert.Equal((1200, 1800), (image.Width, image.Height));
        Assert.True(colours.Count > 50, $"The screenshot has only {colours.Count} colours; it looks blank.");
        Assert.Contains("#1f4e89", colours);
        Assert.Contains("#a24a00", colours);
        Assert.Contains("#2e6b30", colours);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private string Write(string html)
    {
        var path = Path.Combine(folder.FullName, "report.html");
        File.WriteAllText(path, html);
        return path;
    }

    [GeneratedRegex("<g class=\"bar\"")]
    private static partial Regex BarPattern();

    [GeneratedRegex("<rect[ >]")]
    private static partial Regex RectPattern();
}
