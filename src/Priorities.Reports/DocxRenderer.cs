using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Priorities.Reports;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as a Word committee paper. The package is deterministic: fixed relationship
/// ids and part names, document properties and zip entry times from the report's clock.
/// </summary>
internal static class DocxRenderer
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Dcterms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static byte[] Render(ReportDocument document, DateTimeOffset time)
    {
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Create();
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = DocxNumbering.Create();
            main.Document = new Document(DocxContent.Body(document, DocxPageParts.Create(main, document), new DocxChart(main)));
            WriteCoreProperties(package.AddCoreFilePropertiesPart(), document.Title, time);
        }

        return Normalise(buffer.ToArray(), time);
    }

    private static void WriteCoreProperties(CoreFilePropertiesPart part, string title, DateTimeOffset time)
    {
        var stamp = time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var core = new XElement(
            Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", Dcterms),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XElement(Dc + "title", HtmlText.Clean(title)),
            new XElement(Dc + "creator", "Priorities"),
            new XElement(Dc + "language", ReportText.Language),
            new XElement(Dcterms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), stamp),
            new XElement(Dcterms + "modified", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), stamp));
        using var stream = part.GetStream(FileMode.Create);
        new XDocument(new XDeclaration("1.0", "utf-8", "yes"), core).Save(stream, SaveOptions.DisableFormatting);
    }

    /// <summary>Gives the package relationships (which nothing refers to by id) fixed ids in place of random ones.</summary>
    private static void RenumberRelationships(Stream from, Stream to)
    {
        var relationships = XDocument.Load(from);
        var number = 0;
        foreach (var relationship in relationships.Root!.Elements())
        {
            relationship.SetAttributeValue("Id", "rId" + (++number).ToString(CultureInfo.InvariantCulture));
        }

        relationships.Save(to, SaveOptions.DisableFormatting);
    }

    /// <summary>Copies the zip entry by entry, content types first then in name order, with the report's time on every entry.</summary>
    private static byte[] Normalise(byte[] package, DateTimeOffset time)
    {
        var stamp = time.UtcDateTime.Year < 1980 ? new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero) : new DateTimeOffset(time.UtcDateTime, TimeSpan.Zero);
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entries = input.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    RenumberRelationships(from, to);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }
}
