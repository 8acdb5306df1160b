using Priorities.Results;

namespace Priorities.Reports;

/// <summary>Lays a plan result out as a format-neutral <see cref="ReportDocument"/>.</summary>
internal static class ReportComposer
{
    public static ReportDocument Compose(PlanResult result, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var view = options.Public ? PublicView.Of(result) : null;
        var plan = view?.Result ?? result;
        var title = options.Title ?? ReportText.DefaultTitle(result);
        var notices = view is null ? SensitiveNotices(result) : [WithheldNotice(view)];
        ReportSection[] sections =
        [
            Summary(plan),
            .. RollUpMatrixSection.For(plan, options),
            PrioritySections.Priorities(plan),
            PlanSections.Duties(plan),
            PlanSections.Changes(plan),
            PrioritySections.NotSelected(plan),
            EvidenceGapSection.Gaps(plan),
            PlanSections.Caveats(plan),
            PlanSections.Sources(plan),
        ];
        var marking = view is not null ? "Public version" : notices.Length > 0 ? "Not for publication" : "Full version";
        return new ReportDocument(title, marking, Meta(plan, options), notices, sections);
    }

    private static MetaItem[] Meta(PlanResult plan, ReportOptions options)
    {
        var partnership = plan.Partnership.Code is { } code ? $"{plan.Partnership.Name} ({code})" : plan.Partnership.Name;
        var items = new List<MetaItem> { new("Partnership", partnership) };
        if (plan.Partnership.Areas.Count > 0)
        {
            items.Add(new MetaItem("Areas", string.Join(", ", plan.Partnership.Areas)));
        }

        items.Add(new MetaItem("Period", ReportText.Period(plan.Period)));
        if (plan.PreviousPeriod is { } previous)
        {
            items.Add(new MetaItem("Compared with", ReportText.Period(previous)));
        }

        var ruleSet = plan.RuleSet;
        items.Add(new MetaItem("Rule set", $"{ruleSet.Id} version {ruleSet.Version} (hash {ReportText.ShortHash(ruleSet.Hash)})"));
        items.Add(new MetaItem("Prepared", ReportText.Date(options.TimeProvider.GetUtcNow())));
        items.Add(new MetaItem("Version", options.Public ? "Public" : "Full (for board members)"));
        return [.. items];
    }

    private static NoticeBlock WithheldNotice(PublicView view) => view.Withheld == 0
        ? new NoticeBlock("Public version", "No evidence in this plan was marked sensitive, so this public version leaves nothing out.")
        : new NoticeBlock(
            "Public version",
            $"This public version leaves out {ReportText.Plural(view.Withheld, "item", "items")} marked sensitive: "
            + $"{ReportText.Plural(view.WithheldEvidence, "piece", "pieces")} of evidence and "
            + $"{ReportText.Plural(view.WithheldFindings, "rule finding", "rule findings")}. "
            + "Scores and ranks include them; board members can read them in the full version.");

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

    private static ReportSection Summary(PlanResult plan)
    {
        var ranked = plan.Priorities.Where(p => !p.Mandatory).ToArray();
        var duties = plan.StatutoryDuties.Count + plan.Priorities.Count(p => p.Mandatory
            && !plan.StatutoryDuties.Any(d => string.Equals(d.Id, p.Id, StringComparison.Ordinal)));
        var intro = $"The rule set proposes {ReportText.Plural(ranked.Length, "discretionary priority", "discretionary priorities")}"
            + $" in rank order. The plan must also include {ReportText.Plural(duties, "statutory duty", "statutory duties")}"
            + " whatever the evidence, listed under \"Statutory duties the plan must include\".";
        var partial = ranked.Any(p => p.Coverage < 1);
        TableColumn[] columns =
        [
            new("Rank", Numeric: true), new("Priority", RowHeader: true), new("Theme"), new("Score", Numeric: true),
            .. partial ? [new TableColumn("Evidence coverage", Numeric: true)] : Array.Empty<TableColumn>(),
            new("Status"),
        ];
        var rows = ranked.Select(p => (IReadOnlyList<string>)
        [
            p.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Title, p.Theme, ReportText.Number(p.Score),
            .. partial ? [p.Coverage < 1 ? ReportText.Coverage(p.Coverage) : "–"] : Array.Empty<string>(),
            ReportText.Status(p.Status),
        ]).ToArray();
        return new ReportSection(
            "summary",
            "Summary",
            new ParagraphBlock(intro),
            new TableBlock("Proposed discretionary priorities in rank order", columns, rows),
            new ChartBlock("Score of each priority by dimension (weighted contributions)", ranked));
    }
}
