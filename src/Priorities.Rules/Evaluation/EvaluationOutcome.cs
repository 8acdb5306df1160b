namespace Priorities.Evaluation;

/// <summary>What one engine session over an assessment produced: the proposing rules' hits and misses.</summary>
/// <param name="Hits">Every firing of a proposing rule, in firing order.</param>
/// <param name="Misses">For each proposing rule and each priority it could support but did not: why not.</param>
/// <param name="Ratings">The measures' statuses the rules derived (<c>measureStatus</c> facts); none when null.</param>
/// <param name="RatingNotes">Data-quality notes about derived statuses that could not be used; none when null.</param>
internal sealed record EvaluationOutcome(
    IReadOnlyList<RuleHit> Hits,
    IReadOnlyList<RuleMiss> Misses,
    IReadOnlyList<MeasureRating>? Ratings = null,
    IReadOnlyList<Assessments.DataQualityNote>? RatingNotes = null);
