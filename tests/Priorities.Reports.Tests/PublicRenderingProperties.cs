using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Priorities.Reports;
using Priorities.Results;

namespace Priorities.Reports.Tests;

public sealed class PublicRenderingProperties
{
    private static readonly Gen<bool[][]> Marks =
        Gen.Choose(1, 5).SelectMany(n => Gen.Choose(0, 12)
            .SelectMany(m => ArbMap.Default.GeneratorFor<bool>().ArrayOf(m)).ArrayOf(n));

    [Property(MaxTest = 40)]
    public Property PublicRenderings_Meets_Specification() => Prop.ForAll(
        Marks.ToArbitrary(),
        marks =>
        {
            var built = SensitivePlan.Of(marks);
            var shown = Renderings(built.Plan, isPublic: true).Append(WithAnnexNoted(built.Plan)).ToArray();
            var full = Renderings(built.Plan, isPublic: false).Append(Annex(built.Plan)).ToArray();
            var leaked = built.Secrets.Where(s => shown.Any(r => r.Contains(s, StringComparison.Ordinal))).ToArray();
            var missing = built.Secrets.Where(s => !full[0].Contains(s, StringComparison.Ordinal)).ToArray();
            var unprinted = built.SelectedSecrets.Count > 0
                && full.Skip(1).Any(r => !built.SelectedSecrets.Any(s => r.Contains(s, StringComparison.Ordinal)));
            return (leaked.Length == 0 && missing.Length == 0 && !unprinted)
                .Label($"leaked: {string.Join(", ", leaked)}; missing from full JSON: {string.Join(", ", missing)}; "
                    + $"a full report or the exempt annex printed no secret of a selected priority: {unprinted}");
        });

    /// <summary>The Markdown paper written to go with an exempt annex: the public version, saying the annex exists.</summary>
    private static string WithAnnexNoted(PlanResult plan) =>
        ReportWriter.RenderText(plan, ReportFormat.Markdown, ReportAssert.Options() with { ExemptAnnex = true });

    /// <summary>The Markdown exempt annex, which holds what the public paper leaves out.</summary>
    private static string Annex(PlanResult plan) =>
        System.Text.Encoding.UTF8.GetString(ReportWriter.RenderExemptAnnex(plan, ReportFormat.Markdown, ReportAssert.Options()));

    /// <summary>The JSON result, Markdown, HTML and Word text of the plan, public or full.</summary>
    private static string[] Renderings(PlanResult plan, bool isPublic) =>
    [
        PlanResultSerializer.ToJson(isPublic ? PublicView.Of(plan).Result : plan),
        ReportAssert.Markdown(plan, isPublic),
        ReportAssert.Html(plan, isPublic),
        DocxReportTests.Text(plan, isPublic).GetAwaiter().GetResult(),
    ];
}
