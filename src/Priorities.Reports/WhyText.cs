using System.Globalization;
using Priorities.Results;

namespace Priorities.Reports;

/// <summary>
/// One plain-English sentence on why a priority is in the plan, why a candidate is not, or why a candidate could not be
/// assessed, built from scores, shortfall, score breakdown and coverage; never from the rules' conditions.
/// </summary>
internal static class WhyText
{
    public static string Selected(ProposedPriority priority)
    {
        if (priority.Mandatory)
        {
            var basis = priority.LegalBasis is { Length: > 0 } legal ? legal : "mandatory in the rule set";
            var score = priority.Score > 0 ? $"; scored {ReportText.Number(priority.Score)}" : string.Empty;
            return $"{basis}, in the plan whatever the evidence{score}.";
        }

        var strongest = priority.Breakdown.Where(c => c.Evidence != EvidenceState.Missing && c.Contribution > 0)
            .OrderByDescending(c => c.Contribution).Take(3).Select(c => PlanText.Dimension(c.Dimension)).ToArray();
        var rank = priority.Rank.ToString(CultureInfo.InvariantCulture);
        var text = $"Ranked {rank} with a score of {ReportText.Number(priority.Score)}";
        text += strongest.Length > 0 ? $", most of it from {PlanText.Join(strongest)}" : string.Empty;
        return text + Missing(priority.Breakdown, string.Empty) + ".";
    }

    public static string NotSelected(NotSelectedPriority candidate, IReadOnlyList<ProposedPriority> selected)
    {
        var score = ReportText.Number(candidate.Score);
        var text = candidate.Shortfall > 0
            ? $"Scored {score} against a threshold of {ReportText.Number(candidate.Score + candidate.Shortfall)}"
            : $"Scored {score}, level with the last priority selected, and lost on the tie-break";
        var weak = Weak(candidate.Breakdown, selected);
        text += weak.Length > 0 ? $": lower than the selected priorities on {PlanText.Join(weak)}" : string.Empty;
        return text + Missing(candidate.Breakdown, "; see evidence gaps") + ".";
    }

    public static string Gap(EvidenceGap gap)
    {
        var missing = PlanText.Join(gap.Missing.Select(PlanText.Dimension).ToArray(), "or");
        var text = $"Only {ReportText.Coverage(gap.Coverage)} of the scoring weight has evidence"
            + (missing.Length > 0 ? $", none on {missing}" : string.Empty) + ", too little to score it fairly";
        return text + (gap.Status == PriorityStatus.NotAssessed
            ? "; it was in last year's plan and is not assessed this year rather than dropped."
            : ", so it is neither proposed nor turned down.");
    }

    private static string Missing(IReadOnlyList<ScoreComponent> breakdown, string suffix)
    {
        var missing = breakdown.Where(c => c.Evidence == EvidenceState.Missing).Select(c => PlanText.Dimension(c.Dimension)).ToArray();
        return missing.Length == 0 ? string.Empty : $"; no evidence on {PlanText.Join(missing)}{suffix}";
    }

    /// <summary>The dimensions with evidence where the candidate scored under half the best selected priority's score.</summary>
    private static string[] Weak(IReadOnlyList<ScoreComponent> breakdown, IReadOnlyList<ProposedPriority> selected) =>
        breakdown.Where(c => c.Evidence != EvidenceState.Missing && c.Weight > 0)
            .Where(c => c.Score < Best(selected, c.Dimension) / 2)
            .Select(c => PlanText.Dimension(c.Dimension)).ToArray();

    private static double Best(IReadOnlyList<ProposedPriority> selected, string dimension) =>
        selected.Where(p => !p.Mandatory).SelectMany(p => p.Breakdown)
            .Where(c => string.Equals(c.Dimension, dimension, StringComparison.Ordinal)).Select(c => c.Score).DefaultIfEmpty(0).Max();
}
