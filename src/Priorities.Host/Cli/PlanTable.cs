using System.Text;
using Priorities.Results;

namespace Priorities.Host.Cli;

/// <summary>
/// A proposed plan as plain text for a terminal: the ranked discretionary priorities (with coverage where it is below
/// 1), the statutory duties the plan must include, the best candidates left out, last year's priorities dropped, the
/// evidence gaps, the rule set.
/// </summary>
internal static class PlanTable
{
    /// <summary>How many candidates that were not selected the table lists before summing up the rest.</summary>
    public const int NotSelectedShown = 5;

    public static string Format(PlanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.Append(Heading(result)).Append("\n\n");
        text.Append(Ranking(result.Priorities.Where(p => !p.Mandatory).ToArray()));
        text.Append(DutyList.Format(result));
        AppendNotSelected(text, result.NotSelected);
        AppendDropped(text, result.Dropped);
        EvidenceGapText.Append(text, result.EvidenceGaps);
        text.Append('\n').Append(RuleSetLine(result.RuleSet)).Append('\n');
        return text.ToString();
    }

    public static string Heading(PlanResult result)
    {
        var period = PeriodName(result.Period);
        var against = result.PreviousPeriod is { } previous ? $" (against {PeriodName(previous)})" : string.Empty;
        return $"Proposed priorities for {result.Partnership.Name}, {period}{against}";
    }

    public static string RuleSetLine(RuleSetInfo info) =>
        $"Rule set: {info.Id} {info.Version} (hash {Numbers.ShortHash(info.Hash)})";

    private static string Ranking(ProposedPriority[] priorities)
    {
        if (priorities.Length == 0) return "No discretionary priority was selected.\n";
        var partial = priorities.Any(p => p.Coverage < 1);
        string[] columns = partial
            ? [">Rank", "Priority", "Theme", ">Score", ">Coverage", "Status"]
            : [">Rank", "Priority", "Theme", ">Score", "Status"];
        var table = new TextTable(columns).Limit(1, 40).Limit(2, 40);
        foreach (var p in priorities)
        {
            string[] start = [Numbers.Format(p.Rank), p.Title, p.Theme, Numbers.Format(p.Score)];
            table.Add(partial ? [.. start, Numbers.Coverage(p.Coverage), p.Status] : [.. start, p.Status]);
        }
        var note = partial
            ? "Coverage: the share of the scoring weight with evidence, where it is below 100%; the score is rescaled from it.\n"
            : string.Empty;
        return table.Render() + note;
    }

    private static void AppendNotSelected(StringBuilder text, IReadOnlyList<NotSelectedPriority> candidates)
    {
        if (candidates.Count == 0) return;
        text.Append("\nNot selected (best first):\n");
        foreach (var c in candidates.Take(NotSelectedShown))
            text.Append("  ").Append(c.Title).Append(" (").Append(c.Id).Append("): score ").Append(Numbers.Format(c.Score))
                .Append(c.Coverage < 1 ? $" (coverage {Numbers.Coverage(c.Coverage)})" : string.Empty)
                .Append(", short by ").Append(Numbers.Format(c.Shortfall)).Append('\n');
        if (candidates.Count > NotSelectedShown)
            text.Append("  … and ").Append(Numbers.Count(candidates.Count - NotSelectedShown, "more", "more")).Append("; 'priorities explain --priority ID' says why.\n");
    }

    private static void AppendDropped(StringBuilder text, IReadOnlyList<DroppedPriority> dropped)
    {
        if (dropped.Count == 0) return;
        text.Append("\nDropped from last year's plan:\n");
        foreach (var d in dropped)
            text.Append("  ").Append(d.Title ?? d.Id).Append(" (").Append(d.Id).Append("): ").Append(d.Reason).Append('\n');
    }

    private static string PeriodName(Assessments.AssessmentPeriod period) =>
        period.Label ?? (period.Start == period.End ? period.Start : $"{period.Start} to {period.End}");
}
