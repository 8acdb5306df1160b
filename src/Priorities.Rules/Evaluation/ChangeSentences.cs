using Priorities.Assessments;
using Priorities.Results;

namespace Priorities.Evaluation;

/// <summary>
/// "What changed since last year" for a continuing priority, one plain sentence per figure. With last year's figures
/// from its decision record: the rank, the score and the raw value of each dimension both years have (not one from
/// sensitive evidence). Without them: each trend of a category the priority covers (not sensitive), this period's
/// count against the previous period's, as the assessment gives them.
/// </summary>
internal static class ChangeSentences
{
    public static IReadOnlyList<string> Write(Candidate candidate, int rank, ChangeTracker changes, Assessment assessment)
    {
        if (!changes.IsContinuing(candidate.Id)) return [];
        return changes.History.LastFigures(candidate.Id) is { } last
            ? FromRecord(candidate, rank, last).ToArray()
            : FromTrends(candidate, assessment).ToArray();
    }

    private static IEnumerable<string> FromRecord(Candidate candidate, int rank, HistoryFigures last)
    {
        yield return rank == last.Rank
            ? $"Ranked {PlanText.Ordinal(rank)}, as last year."
            : $"Ranked {PlanText.Ordinal(rank)}, {(rank < last.Rank ? "up" : "down")} from {PlanText.Ordinal(last.Rank)} last year.";
        if (last.Score is { } score)
            yield return Compare("Score", candidate.Total, score, PlanText.Score);
        foreach (var component in candidate.Breakdown.Where(c => c is { Raw: not null, Sensitive: false }))
        {
            var before = last.Raw.FirstOrDefault(r => string.Equals(r.Dimension, component.Dimension, StringComparison.Ordinal));
            if (before is not null)
                yield return Compare($"{PlanText.Capitalised(component.Dimension)} raw value", component.Raw!.Value, before.Value, PlanText.Number);
        }
    }

    private static IEnumerable<string> FromTrends(Candidate candidate, Assessment assessment) =>
        assessment.Trends
            .Where(t => !t.Sensitive && candidate.Definition.Covers.Contains(t.Category, StringComparer.Ordinal))
            .Select(t => $"{PlanText.Capitalised(CrimeCategories.DisplayName(t.Category))} in {t.Area}: {PlanText.Count(t.Count)} recorded, "
                + (t.Count == t.PreviousCount ? "as in the previous period."
                    : $"{(t.Count > t.PreviousCount ? "up" : "down")} from {PlanText.Count(t.PreviousCount)} in the previous period."));

    private static string Compare(string what, double now, double before, Func<double, string> show) =>
        Math.Abs(now - before) < 1e-9
            ? $"{what} {show(now)}, as last year."
            : $"{what} {show(now)}, {(now > before ? "up" : "down")} from {show(before)} last year.";
}
