using Priorities.Assessments;
using Priorities.Results;
using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>
/// Writes an evidence gap: a candidate with too little evidence, the dimensions it lacks and a sentence of what data
/// would settle it, composed from those dimensions' <c>evidence</c> texts and the names of the categories it covers.
/// </summary>
internal static class EvidenceGapWriter
{
    public static EvidenceGap Write(Candidate candidate, ScoringModel scoring, ChangeTracker changes) => new()
    {
        Id = candidate.Id,
        Title = candidate.Title,
        Coverage = candidate.Coverage,
        Missing = candidate.MissingDimensions,
        Need = Need(candidate, scoring),
        Status = changes.IsContinuing(candidate.Id) ? PriorityStatus.NotAssessed : null,
    };

    /// <summary>
    /// Such as "No evidence of harm or trend for hate crime. Harm: offence counts … (data.police.uk …). Trend: …".
    /// </summary>
    public static string Need(Candidate candidate, ScoringModel scoring)
    {
        var missing = scoring.Dimensions
            .Where(d => candidate.MissingDimensions.Contains(d.Id, StringComparer.Ordinal)).ToArray();
        var covers = candidate.Definition.Covers;
        var subject = covers.Count == 0
            ? candidate.Title
            : PlanText.List(covers.Select(CrimeCategories.DisplayName).Distinct(StringComparer.Ordinal).ToArray(), "and");
        var head = $"No evidence of {PlanText.List(missing.Select(d => d.Id).ToArray(), "or")} for {subject}.";
        var texts = missing.Where(d => !string.IsNullOrWhiteSpace(d.Evidence))
            .Select(d => PlanText.Sentence($"{PlanText.Capitalised(d.Id)}: {d.Evidence!.Trim()}"));
        return string.Join(" ", texts.Prepend(head));
    }
}
