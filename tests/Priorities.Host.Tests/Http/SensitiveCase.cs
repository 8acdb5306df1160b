using System.IO.Compression;
using System.Text;
using Priorities.Assessments;

namespace Priorities.Host.Tests.Http;

/// <summary>
/// An assessment with one trend marked sensitive (burglary, 4321 recorded) and one not (anti-social behaviour, 17),
/// and rules that quote the count in their sentence and score it in bands, so the sensitive number shows only where
/// a raw value or sentence is printed.
/// </summary>
internal static class SensitiveCase
{
    public const string SensitiveNumber = "4321";
    public const string OpenSentence = "17 in Testshire";

    public const string RootText = """
        ruleset: tiny
        version: 1
        include: [catalogue.yaml]
        scoring:
          method: weighted-sum
          dimensions:
            volume:
              weight: 1
              bands: [ { below: 100, score: 2 }, { else: 5 } ]
          select: { top: 5, minScore: 1 }
        rules:
          - id: recorded
            when:
              - fact: priority
                as: p
              - fact: trend
                as: t
                where: t.category in p.covers and t.count >= 1
            then:
              propose: p
              score: { volume: t.count }
              because: "{t.category}: {t.count} in {t.area}"
        """;

    /// <summary>The endpoints that return results or reports, with their query.</summary>
    public static readonly string[] Endpoints =
        ["/v1/proposals", "/v1/reports?format=markdown", "/v1/reports?format=html", "/v1/reports?format=docx"];

    public static string AssessmentYaml() => AssessmentSerializer.ToYaml(Assessment());

    public static Assessment Assessment() => new()
    {
        Partnership = new Partnership { Name = "Testshire", Areas = ["Testshire"] },
        Period = new AssessmentPeriod { Start = "2024-01", End = "2024-12" },
        Trends = [Trend("burglary", 4000, 4321, 8.0, sensitive: true), Trend("anti-social-behaviour", 10, 17, 70.0, sensitive: false)],
    };

    /// <summary>The answer's text: the body, or a Word document's XML.</summary>
    public static async Task<string> TextOf(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (response.Content.Headers.ContentType?.MediaType?.Contains("wordprocessingml", StringComparison.Ordinal) != true)
            return Encoding.UTF8.GetString(bytes);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return await reader.ReadToEndAsync();
    }

    private static TrendFact Trend(string category, int previous, int count, double changePct, bool sensitive) => new()
    {
        Category = category, Area = "Testshire", Count = count, PreviousCount = previous, Change = count - previous,
        ChangePct = changePct, SmallNumbers = false, Source = "test", Sensitive = sensitive,
    };
}
