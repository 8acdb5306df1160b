using Priorities.Reports;
using Priorities.Results;

namespace Priorities.Reports.Tests;

public sealed class MarkdownReportTests
{
    private readonly string markdown = ReportAssert.Markdown(ReportSamples.Oxford());

    [Fact]
    public void RenderText_Oxford_FrontSheetNamesPartnershipPeriodWardsAndShortHash()
    {
        var lines = markdown.Split('\n');

        Assert.Equal("# Community Safety Rolling Plan 2026–27", lines[0]);
        Assert.Contains("- **Report of:** Oxford Safer Communities Partnership (E22000308)", lines);
        Assert.Contains("- **Assessment period:** year ending June 2025 (2024-07 to 2025-06), compared with year ending June 2024 (2023-07 to 2024-06)", lines);
        Assert.Contains("- **Wards affected:** All, in Oxford", lines);
        Assert.Contains("- **Rule set:** oxford-csp version 2026.1 (hash 3f2a9c1be07d)", lines);
        Assert.Contains("- **Prepared:** 15 September 2025", lines);
        Assert.Contains("- **Exempt information:** None", lines);
    }

    [Fact]
    public void RenderText_Oxford_SummaryTableListsPrioritiesInRankOrder()
    {
        var plan = ReportSamples.Oxford();
        var rows = TableAfter("## Summary");

        Assert.Equal("| Rank | Priority | Theme | Score | Status |", rows[0]);
        Assert.Equal("| ---: | --- | --- | ---: | --- |", rows[1]);
        Assert.Equal(plan.Priorities.Count(p => !p.Mandatory), rows.Length - 2);
        // The statutory duty (Serious violence, rank 1 in the sample) is listed apart, under the legal implications.
        Assert.Equal("| 2 | Exploitation and county lines | Serious and organised crime | 40 | New |", rows[2]);
    }

    [Fact]
    public void RenderText_Oxford_EachPriorityIsUnderItsThemeAndHasItsEvidenceInAppendixA()
    {
        var plan = ReportSamples.Oxford();
        var appendix = markdown.IndexOf("## Appendix A: Evidence for each priority\n", StringComparison.Ordinal);
        foreach (var priority in plan.Priorities)
        {
            var body = markdown.IndexOf($"#### {priority.Rank}. {priority.Title}\n", StringComparison.Ordinal);
            Assert.InRange(body, markdown.IndexOf($"### {priority.Theme}\n", StringComparison.Ordinal), appendix);
            var section = markdown[markdown.IndexOf($"### {priority.Rank}. {priority.Title}\n", appendix, StringComparison.Ordinal)..];
            Assert.Contains("| Dimension | Raw value | Score | Weight | Contribution |", section, StringComparison.Ordinal);
        }

        Assert.Contains("| Harm | 900 | 5 | 3 | 15 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Vulnerability | – | 0 | 2 | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| burglary harm weight: 244.68 CCHI days | harm | Oxford | Cambridge Crime Harm Index |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_StatutoryDuties_ListedWithActSectionSinceAndStatus()
    {
        var duty = new PlanDuty
        {
            Id = "domestic-homicide-review", Title = "Domestic Homicide Reviews", Act = "Domestic Violence, Crime and Victims Act 2004",
            Section = "s.9", Since = "2011-04-13", Status = PriorityStatus.Continuing, Listed = false,
        };
        var plan = ReportSamples.Oxford() with { StatutoryDuties = [duty] };

        var text = ReportAssert.Markdown(plan);

        Assert.Contains("## Legal implications\n", text, StringComparison.Ordinal);
        Assert.Contains("| Domestic Homicide Reviews | Domestic Violence, Crime and Victims Act 2004 | s.9 | 13 April 2011 | Continuing |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_Oxford_PlanSectionsCoverDutiesChangesNotSelectedCaveatsAndSources()
    {
        Assert.Contains("| Serious violence | s.8 Police, Crime, Sentencing and Courts Act 2022 | – | – | Continuing |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Exploitation and county lines | New this year |\n| Serious acquisitive crime | New this year |\n| Reducing reoffending | New this year |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| Night-time economy | Dropped. Not selected: scored 11, 23 below the last selected discretionary priority. |", markdown, StringComparison.Ordinal);
        Assert.Contains("| cyber-fraud | Dropped. No longer in the priority catalogue; Thames Valley Police leads on fraud. |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Road safety | Communities | Scored 24 against a threshold of 34: lower than the selected priorities on volume and vulnerability. |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("did not fire", markdown, StringComparison.Ordinal);
        Assert.Contains("| 1,234 rows had no LSOA and were not counted. | Skipped rows | the whole assessment | – | 1,234 |", markdown, StringComparison.Ordinal);
        Assert.Contains("**Licence:** Contains public sector information licensed under the Open Government Licence v3.0.", markdown, StringComparison.Ordinal);
        Assert.EndsWith(".\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_HostileText_IsEscapedAndTablesKeepTheirColumns()
    {
        var hostile = ReportAssert.Markdown(ReportSamples.Hostile());

        Assert.DoesNotContain("<script>", hostile, StringComparison.Ordinal);
        Assert.Contains("\\<script\\>alert('x')\\</script\\> \\*ASB\\* \\| \\`code\\` \\& \\[link\\](http://evil.example)", hostile, StringComparison.Ordinal);
        Assert.Contains("- 1\\. not a list\n- \\- not a bullet\n- \\<img src=x onerror=alert(1)\\>\n- line one line two\n", hostile, StringComparison.Ordinal);
        Assert.Contains("### \\# not a heading\n", hostile, StringComparison.Ordinal);
        var tableRows = 0;
        var pipes = 0;
        foreach (var line in hostile.Split('\n'))
        {
            var count = line.Replace("\\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|');
            pipes = line.StartsWith('|') && pipes == 0 ? count : pipes;
            Assert.True(!line.StartsWith('|') || count == pipes, line);
            tableRows += line.StartsWith('|') ? 1 : 0;
            pipes = line.StartsWith('|') ? pipes : 0;
        }

        Assert.True(tableRows > 30);
    }

    [Fact]
    public void RenderText_Docx_Throws()
    {
        Assert.Throws<ArgumentException>(() => ReportWriter.RenderText(ReportSamples.Oxford(), ReportFormat.Docx));
    }

    private string[] TableAfter(string heading)
    {
        var lines = markdown.Split('\n');
        var start = Array.IndexOf(lines, heading);
        return lines.Skip(start).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).ToArray();
    }
}
