using Priorities.Assessments;
using Priorities.Results;
using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>Scores, ranks and explains: turns an engine session's hits and misses into a <see cref="PlanResult"/>.</summary>
/// <remarks>
/// The result does not depend on the order hits and misses arrive in: they are put in a canonical order (rule order
/// in the document, then the sentence, then the firing sequence) before anything is combined or written. The
/// assessment is the canonical one <see cref="PlanEvaluator"/> made (<see cref="AssessmentCanonicalizer"/>): its
/// lists are used in the order they have.
/// </remarks>
internal static class PlanBuilder
{
    public static PlanResult Build(RuleSetDocument document, Assessment assessment, EvaluationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(outcome);
        var writer = new PlanEntryWriter(document, assessment, assessment.DataQuality)
        {
            Measures = new MeasureResultWriter(assessment, outcome.Ratings),
        };
        var candidates = CandidateScorer.Score(document, outcome, writer.Hits);
        var selection = SelectionPolicyApplier.Apply(CandidateRanker.Rank(candidates, writer.Order), document.Scoring.Selection);
        var duties = DutyListWriter.Write(assessment);
        var dutyStatus = duties.ToDictionary(d => d.Id, d => d.Status, StringComparer.Ordinal);
        var changes = new ChangeTracker(PlanHistory.Of(assessment), dutyStatus);
        return new PlanResult
        {
            Partnership = assessment.Partnership,
            Period = assessment.Period,
            PreviousPeriod = assessment.PreviousPeriod,
            AssessmentSha256 = AssessmentHash.Of(assessment),
            RuleSet = new RuleSetInfo(document.Id, document.Version, document.Hash) { Weights = document.WeightOverrides },
            StatutoryDuties = duties,
            Priorities = selection.Selected.OrderBy(c => c.Mandatory)
                .Select((c, i) => writer.Proposed(c, i + 1, changes)).ToArray(),
            NotSelected = selection.Rejected.Where(r => Applies(r.Candidate.Id, duties)).Select(writer.NotSelected).ToArray(),
            Dropped = changes.Dropped(candidates, selection, writer.SelectionReason, $"{document.Id} {document.Version}"),
            EvidenceGaps = selection.Gaps.Select(c => EvidenceGapWriter.Write(c, document.Scoring, changes)).ToArray(),
            Aims = document.Aims.Count == 0 ? null : document.Aims.Select(a => new PlanAim(a.Id, a.Title, a.Description)).ToArray(),
            DataQuality = [.. assessment.DataQuality, .. writer.LikeWithLikeNotes(), .. candidates.SelectMany(c => c.Notes),
                .. MeasureResultWriter.UnknownMeasures(assessment, document.Priorities), .. outcome.RatingNotes ?? []],
            Sources = assessment.Sources.Distinct(StringComparer.Ordinal).ToArray(),
        };
    }

    /// <summary>
    /// Whether a candidate may be listed as not selected: any priority but a statutory duty that does not apply
    /// (not in force for the period, or a pilot outside its areas), which is no candidate at all.
    /// </summary>
    private static bool Applies(string id, IReadOnlyList<PlanDuty> duties) =>
        StatutoryDuties.Find(id) is null || duties.Any(d => string.Equals(d.Id, id, StringComparison.Ordinal));
}
