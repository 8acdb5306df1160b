using Priorities.Results;

namespace Priorities.Reports;

/// <summary>Lays a plan result out as a format-neutral <see cref="ReportDocument"/>: the committee paper or its exempt annex.</summary>
internal static class ReportComposer
{
    public static ReportDocument Compose(PlanResult result, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var view = options.Public || options.ExemptAnnex ? PublicView.Of(result) : null;
        var plan = view?.Result ?? result;
        var title = Title(result, options);
        var annex = options.ExemptAnnex && view!.Withheld > 0;
        var notices = view is null ? SensitiveNotices(result) : [annex ? AnnexNotice(view) : WithheldNotice(view)];
        ReportSection[] sections =
        [
            ImplicationSections.Financial(plan),
            ImplicationSections.Legal(plan),
            SummarySection.Create(plan, options.Sensitivity) with { NewPage = true },
            .. RollUpMatrixSection.For(plan, options),
            ThemeSections.Create(plan, options.Sensitivity),
            PerformanceSection.Create(plan),
            PlanSections.Changes(plan),
        ];
        ReportSection[] appendices =
        [
            Appendix('A', AppendixSections.Evidence(plan)) with { NewPage = true },
            Appendix('B', AppendixSections.NotSelected(plan)),
            Appendix('C', AppendixSections.Gaps(plan)),
            Appendix('D', PlanSections.Caveats(plan)),
            Appendix('E', PlanSections.Sources(plan)),
        ];
        var marking = view is not null ? "Public version" : notices.Length > 0 ? "Not for publication" : "Full version";
        return new ReportDocument(title, marking, FrontSheet.Items(plan, title, options, annex), notices, sections, appendices);
    }

    public static ReportDocument ComposeAnnex(PlanResult result, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        return ExemptAnnex.Compose(result, options, Title(result, options));
    }

    /// <summary>The statutory duties the plan must include: the listed ones and the rule set's other mandatory priorities.</summary>
    public static int DutyCount(PlanResult plan) => plan.StatutoryDuties.Count + OtherMandatory(plan).Length;

    /// <summary>Mandatory priorities that are not among the plan's statutory duties.</summary>
    public static ProposedPriority[] OtherMandatory(PlanResult plan) => plan.Priorities
        .Where(p => p.Mandatory && !plan.StatutoryDuties.Any(d => string.Equals(d.Id, p.Id, StringComparison.Ordinal)))
        .ToArray();

    private static string Title(PlanResult result, ReportOptions options) =>
        string.IsNullOrWhiteSpace(options.Title) ? ReportText.DefaultTitle(result) : options.Title.Trim();

    private static ReportSection Appendix(char letter, ReportSection section) =>
        section with { Id = "appendix-" + char.ToLowerInvariant(letter) + "-" + section.Id, Heading = $"Appendix {letter}: {section.Heading}" };

    private static NoticeBlock WithheldNotice(PublicView view) => view.Withheld == 0
        ? new NoticeBlock("Public version", "No evidence in this plan was marked sensitive, so this public version leaves nothing out.")
        : new NoticeBlock(
            "Public version",
            $"This public version leaves out {Items(view)}. Scores and ranks include them; board members can read them in the full version.");

    private static NoticeBlock AnnexNotice(PublicView view) => new(
        "Exempt annex",
        $"An exempt annex, not for publication (Local Government Act 1972, Schedule 12A), holds {Items(view)}. "
        + "Scores and ranks in this paper include them.");

    private static string Items(PublicView view) =>
        $"{ReportText.Plural(view.Withheld, "item", "items")} marked sensitive: "
        + $"{ReportText.Plural(view.WithheldEvidence, "piece", "pieces")} of evidence and "
        + $"{ReportText.Plural(view.WithheldFindings, "rule finding", "rule findings")}";

    private static NoticeBlock[] SensitiveNotices(PlanResult result)
    {
        var sensitive = PublicView.Of(result).Withheld;
        return sensitive == 0
            ? []
            : [new NoticeBlock(
                "Not for publication",
                $"This full version contains {ReportText.Plural(sensitive, "item", "items")} marked sensitive "
                + "(labelled \"sensitive\"). Publish the public version instead.")];
    }
}
