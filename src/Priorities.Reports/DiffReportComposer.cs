using Priorities.Diffs;

namespace Priorities.Reports;

/// <summary>Lays a plan diff out as a <see cref="ReportDocument"/>: what the two plans came from, then the sections.</summary>
internal static class DiffReportComposer
{
    public static ReportDocument Compose(PlanDiff diff, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(options);
        var title = string.IsNullOrWhiteSpace(options.Title) ? Title(diff) : options.Title.Trim();
        MetaItem[] meta =
        [
            new("Compares", diff.Kind == DiffKinds.RuleSets ? "Two rule sets over one assessment" : "Two assessments under one rule set"),
            new("New", Side(diff.New)),
            new("Old", Side(diff.Old)),
            new("Prepared", ReportText.Date(options.TimeProvider.GetUtcNow())),
            new("Version", diff.Public ? "Public" : "Full (for board members)"),
        ];
        NoticeBlock[] notices = diff.Public
            ? [new NoticeBlock("Public version", "Both plans are public views: nothing marked sensitive is quoted. Scores and ranks include it.")]
            : [];
        ReportSection[] sections =
        [
            DiffSections.Moves(diff),
            DiffSections.Priorities(diff),
            DiffSections.Contributions(diff),
            DiffSections.Rules(diff),
            DiffSections.Scoring(diff),
        ];
        return new ReportDocument(title, diff.Public ? "Public version" : "Full version", meta, notices, sections, []);
    }

    private static string Title(PlanDiff diff) => diff.Kind == DiffKinds.RuleSets
        ? $"What changed: rule set {RuleSet(diff.New)} against {RuleSet(diff.Old)}"
        : $"What changed: {ReportText.Period(diff.New.Period)} against {ReportText.Period(diff.Old.Period)}";

    private static string RuleSet(DiffSide side) => $"{side.RuleSet.Id} {side.RuleSet.Version}";

    private static string Side(DiffSide side) =>
        $"{side.Partnership}, {ReportText.Period(side.Period)}; rule set {side.RuleSet.Id} version {side.RuleSet.Version} "
        + $"(hash {ReportText.ShortHash(side.RuleSet.Hash)})";
}
