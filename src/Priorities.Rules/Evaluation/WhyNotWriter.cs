namespace Priorities.Evaluation;

/// <summary>
/// Explains why a candidate is not in the plan: first the selection it missed, then each rule that did not fire for
/// it with the conditions that failed, and whether any rule found evidence for it at all.
/// </summary>
internal static class WhyNotWriter
{
    public const string NoEvidence = "No rule found evidence for it.";

    public static IReadOnlyList<string> Write(Rejection rejection, int? top, double? minScore, TieBreakOrder order)
    {
        var candidate = rejection.Candidate;
        var lines = new List<string> { SelectionReason(rejection, top, minScore, order) };
        foreach (var miss in candidate.Misses)
        {
            if (miss.Reasons.Count == 0) lines.Add($"{miss.RuleId}: did not fire for it.");
            lines.AddRange(miss.Reasons.Select(reason => $"{miss.RuleId}: {reason}"));
        }
        if (candidate.Hits.Count == 0) lines.Add(NoEvidence);
        return lines.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The why-not lines whose reasons quote facts marked sensitive.</summary>
    public static IEnumerable<string> SensitiveLines(Candidate candidate) =>
        candidate.Misses.Where(m => m.Sensitive).SelectMany(m => m.Reasons.Select(reason => $"{m.RuleId}: {reason}"));

    /// <summary>The one sentence that says which part of the selection policy left it out.</summary>
    public static string SelectionReason(Rejection rejection, int? top, double? minScore, TieBreakOrder order)
    {
        var candidate = rejection.Candidate;
        var minimum = rejection.BelowMinimum is { } gap && minScore is { } min
            ? $"Scored {PlanText.Score(candidate.Total)}, {PlanText.Score(gap)} below the minimum score of {PlanText.Number(min)}."
            : null;
        if (!rejection.TopFull) return minimum ?? $"Scored {PlanText.Score(candidate.Total)}.";
        var ranked = RankReason(rejection, top ?? 0, order);
        return minimum is null ? ranked : $"{ranked} {minimum}";
    }

    private static string RankReason(Rejection rejection, int top, TieBreakOrder order)
    {
        var start = $"Ranked {PlanText.Ordinal(rejection.DiscretionaryRank)} of the discretionary candidates with {PlanText.Score(rejection.Candidate.Total)}";
        if (top == 0 || rejection.LastSelected is not { } last)
            return $"{start}; the plan takes no discretionary priorities.";
        var takes = $"{start}; the plan takes the top {PlanText.Count(top)}";
        if (rejection.Shortfall > 0)
            return $"{takes}; {PlanText.Score(rejection.Shortfall)} below {last.Title} ({PlanText.Score(last.Total)}).";
        return $"{takes}; it tied with {last.Title} ({PlanText.Score(last.Total)}) and lost the tie-break on {TieBreakDetail(last, rejection.Candidate, order)}.";
    }

    private static string TieBreakDetail(Candidate winner, Candidate loser, TieBreakOrder order)
    {
        if (order.DecidingDimension(winner, loser) is not { } dimension) return "catalogue order";
        return $"{dimension} ({PlanText.Score(loser.ContributionOf(dimension))} against {PlanText.Score(winner.ContributionOf(dimension))})";
    }
}
