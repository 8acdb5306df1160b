using System.Xml;
using System.Xml.Linq;
using Priorities.Reports;
using Priorities.Results;

namespace Priorities.Reports.Tests;

/// <summary>Renders reports with a fixed clock and reads them back.</summary>
internal static class ReportAssert
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static ReportOptions Options(bool isPublic = false) => new() { Public = isPublic, TimeProvider = FixedClock.Committee };

    public static string Markdown(PlanResult plan, bool isPublic = false) =>
        ReportWriter.RenderText(plan, ReportFormat.Markdown, Options(isPublic));

    public static string Html(PlanResult plan, bool isPublic = false) =>
        ReportWriter.RenderText(plan, ReportFormat.Html, Options(isPublic));

    /// <summary>Parses the HTML as XML (it must be well-formed XHTML), ignoring the HTML5 doctype.</summary>
    public static XDocument ParseXhtml(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        return XDocument.Load(reader);
    }
}
