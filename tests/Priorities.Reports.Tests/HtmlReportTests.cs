using System.Xml.Linq;

namespace Priorities.Reports.Tests;

public sealed class HtmlReportTests
{
    private static readonly XNamespace H = ReportAssert.Xhtml;
    private static readonly XNamespace S = ReportAssert.Svg;

    [Fact]
    public void RenderText_Oxford_IsWellFormedXhtmlInBritishEnglish()
    {
        var document = ReportAssert.ParseXhtml(ReportAssert.Html(ReportSamples.Oxford()));
        var root = document.Root!;

        Assert.Equal(H + "html", root.Name);
        Assert.Equal("en-GB", (string?)root.Attribute("lang"));
        Assert.Equal("Community Safety Rolling Plan 2026–27", root.Descendants(H + "h1").Single().Value);
        Assert.Equal(PaperHeadings.Top, root.Descendants(H + "h2").Skip(1).Select(h => h.Value));
        Assert.Equal(ReportSamples.Oxford().Priorities.Select(p => $"{p.Rank}. {p.Title}"),
            root.Descendants(H + "section").Single(s => (string?)s.Attribute("id") == "appendix-a-evidence").Elements(H + "section").Select(s => s.Element(H + "h3")!.Value));
        Assert.Equal("new-page", (string?)root.Descendants(H + "section").Single(s => (string?)s.Attribute("id") == "appendix-a-evidence").Attribute("class"));
    }

    [Fact]
    public void RenderText_Oxford_TablesHaveScopedHeadersAndCaptions()
    {
        var tables = ReportAssert.ParseXhtml(ReportAssert.Html(ReportSamples.Oxford())).Descendants(H + "table").ToArray();

        Assert.True(tables.Length >= 12);
        foreach (var table in tables)
        {
            Assert.NotEmpty(table.Element(H + "caption")!.Value);
            Assert.All(table.Element(H + "thead")!.Descendants(H + "th"), th => Assert.Equal("col", (string?)th.Attribute("scope")));
            Assert.All(table.Element(H + "tbody")!.Descendants(H + "th"), th => Assert.Equal("row", (string?)th.Attribute("scope")));
            Assert.All(table.Element(H + "tbody")!.Elements(H + "tr"), tr => Assert.Equal(table.Descendants(H + "thead").Descendants(H + "th").Count(), tr.Elements().Count()));
        }
    }

    [Fact]
    public void RenderText_Oxford_ChartHasOneBarPerPriorityAndOneSegmentPerPositiveContribution()
    {
        var plan = ReportSamples.Oxford();
        var ranked = plan.Priorities.Where(p => !p.Mandatory).ToArray();
        var svg = ReportAssert.ParseXhtml(ReportAssert.Html(plan)).Descendants(S + "svg").Single();
        var bars = svg.Elements(S + "g").Where(g => (string?)g.Attribute("class") == "bar").ToArray();

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal(ranked.Select(p => p.Id), bars.Select(b => (string?)b.Attribute("data-priority")));
        for (var i = 0; i < bars.Length; i++)
        {
            var rects = bars[i].Elements(S + "rect").ToArray();
            Assert.Equal(ranked[i].Breakdown.Count(c => c.Contribution > 0), rects.Length);
            Assert.All(rects, r => Assert.NotEmpty(r.Element(S + "title")!.Value));
        }

        var legend = svg.Elements(S + "g").Single(g => (string?)g.Attribute("class") == "legend");
        Assert.Equal(["Harm", "Trend", "Concern", "Volume", "Vulnerability"], legend.Elements(S + "text").Select(t => t.Value));
        Assert.Contains("Harm: 15 (score 5 × weight 3)", svg.Descendants(S + "title").Select(t => t.Value));
    }

    [Fact]
    public void RenderText_Oxford_IsSelfContainedWithPrintStyles()
    {
        var html = ReportAssert.Html(ReportSamples.Oxford());
        var document = ReportAssert.ParseXhtml(html);

        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "script" or "link" or "img" or "iframe" or "object");
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.All(document.Descendants(H + "a"), a => Assert.StartsWith("#", (string?)a.Attribute("href"), StringComparison.Ordinal));
        Assert.Contains("@media print", document.Descendants(H + "style").Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_HostileText_IsEscapedAsText()
    {
        var plan = ReportSamples.Hostile();
        var html = ReportAssert.Html(plan);
        var document = ReportAssert.ParseXhtml(html);

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "script" or "img");
        Assert.Contains(document.Descendants(H + "h4"), h => h.Value == "1. " + plan.Priorities[0].Title);
        Assert.Contains(document.Descendants(H + "li"), li => li.Value == "<img src=x onerror=alert(1)>");
    }

    [Fact]
    public void RenderText_ControlCharacters_StayWellFormed()
    {
        var plan = ReportSamples.Oxford() with { Sources = ["bell \u0007 and lone surrogate \ud800 end"] };

        var document = ReportAssert.ParseXhtml(ReportAssert.Html(plan));

        Assert.Contains(document.Descendants(H + "li"), li => li.Value == "bell \uFFFD and lone surrogate \uFFFD end");
    }
}
