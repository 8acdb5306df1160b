using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Priorities.Assessments;
using Priorities.Diffs;
using Priorities.RuleSets;

namespace Priorities.Reports.Tests;

public sealed class DiffReportWriterTests
{
    private static readonly Lazy<PlanDiff> HarmWeightDiff = new(() => Diff(publicView: false));

    /// <summary>Oxford with five places against Oxford with five places and the harm weight cut from 3 to 1.</summary>
    private static PlanDiff Diff(bool publicView)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Priorities.sln"))) root = Path.GetDirectoryName(root)!;
        var text = File.ReadAllText(Path.Combine(root, "rules", "oxford.yaml")).ReplaceLineEndings("\n")
            .Replace("  select: { top: 8, minScore: 12 }\n", "  select: { top: 5, minScore: 12 }\n", StringComparison.Ordinal);
        var variant = Path.Combine(root, "rules", "oxford-variant.yaml");
        var old = RuleSetLoader.LoadText(variant, text).RuleSet!;
        var changed = RuleSetLoader.LoadText(variant, text.Replace("    harm:\n      weight: 3\n", "    harm:\n      weight: 1\n", StringComparison.Ordinal)).RuleSet!;
        var sample = AssessmentSerializer.FromYaml(File.ReadAllText(Path.Combine(root, "samples", "oxford-city-2024.yaml")));
        return RuleSetDiffer.Diff(changed, old, sample, publicView);
    }

    private static string Markdown(PlanDiff diff) => System.Text.Encoding.UTF8.GetString(
        DiffReportWriter.Render(diff, ReportFormat.Markdown, ReportAssert.Options()));

    [Fact]
    public void Render_Markdown_HasEverySectionAndEveryMoveSentence()
    {
        var diff = HarmWeightDiff.Value;

        var markdown = Markdown(diff);

        Assert.NotEmpty(diff.Left);
        Assert.NotEmpty(diff.Entered);
        foreach (var heading in new[] { "What changed in the plan", "Each priority, old and new", "What explains the moves", "Rules", "Scoring" })
            Assert.Contains($"## {heading}\n", markdown, StringComparison.Ordinal);
        foreach (var move in diff.Entered.Concat(diff.Left))
            Assert.Contains(MarkdownText.Escape(move.Sentence, lineStart: true), markdown, StringComparison.Ordinal);
        Assert.Contains("| Harm | 3 to 1 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Markdown_ListsEveryPriorityWithItsScores()
    {
        var diff = HarmWeightDiff.Value;

        var markdown = Markdown(diff);

        foreach (var priority in diff.Priorities.Where(p => p.New.Score is not null))
            Assert.Contains($"| {MarkdownText.Escape(priority.Title)} |", markdown, StringComparison.Ordinal);
        Assert.Contains("No rule was added, removed or changed in content.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Html_IsWellFormedAndDeterministic()
    {
        var first = DiffReportWriter.Render(HarmWeightDiff.Value, ReportFormat.Html, ReportAssert.Options());
        var second = DiffReportWriter.Render(HarmWeightDiff.Value, ReportFormat.Html, ReportAssert.Options());

        var html = System.Text.Encoding.UTF8.GetString(first);
        Assert.Equal(first, second);
        Assert.NotNull(ReportAssert.ParseXhtml(html).Root);
        Assert.Contains("What explains the moves", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Docx_PassesOpenXmlValidation()
    {
        var bytes = DiffReportWriter.Render(HarmWeightDiff.Value, ReportFormat.Docx, ReportAssert.Options());
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);

        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).ToArray();

        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        Assert.Contains("What changed in the plan", document.MainDocumentPart!.Document!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PublicDiff_SaysSoOnTheFrontSheet()
    {
        var markdown = Markdown(Diff(publicView: true));

        Assert.Contains("**Public version:**", markdown, StringComparison.Ordinal);
    }
}
