using Priorities.Assessments;
using Priorities.Engine.Diagnostics;
using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets.Model;

namespace Priorities.Rules.Tests.Evaluation;

/// <summary>Rule sets, assessments and engine outcomes built in code for the plan builder's tests.</summary>
internal static class PlanFixtures
{
    public static readonly SourceLocation At = new("test.yaml", 1, 1);

    public static PriorityDefinition Priority(string id, string[]? covers = null, string? legalBasis = null) =>
        new(id, Title(id), "Theme of " + id, covers ?? [id], legalBasis, null, At);

    public static string Title(string id) => char.ToUpperInvariant(id[0]) + id[1..].Replace('-', ' ');

    public static DimensionDefinition Dimension(string id, double weight = 1, CombineMode combine = CombineMode.Max, double missing = 0, Band[]? bands = null, LookupEntry[]? lookup = null) =>
        new(id, weight, null, combine, missing, bands ?? [], lookup ?? [], At);

    public static Band Band(double? from, double? to, double score) => new(from, to, score, At);

    public static RuleSpec Rule(string id, string propose, bool mandatory = false) =>
        new(id, null, 0, [], [], new RuleConsequence(propose, At, mandatory, [], SourceText.Plain("because " + id, At), []), At);

    public static RuleSetDocument Document(
        IReadOnlyList<PriorityDefinition> priorities,
        IReadOnlyList<DimensionDefinition> dimensions,
        ScoringMethod method = ScoringMethod.WeightedSum,
        int? top = null,
        double? minScore = null,
        IReadOnlyList<string>? tieBreak = null,
        IReadOnlyList<RuleSpec>? rules = null) =>
        new("test-set", "2026.1", null, ["test.yaml"], new string('a', 64), priorities,
            new ScoringModel(method, dimensions, new SelectionPolicy(top, minScore), tieBreak ?? [], At),
            [], rules ?? priorities.Select(p => Rule("rule-" + p.Id, p.Id)).ToArray(), At);

    public static RuleHit Hit(string priority, int sequence, params (string Dimension, double Raw)[] scores) =>
        new("rule-" + priority, sequence, priority, false, scores.Select(s => new RawScore(s.Dimension, s.Raw)).ToArray(),
            $"{priority} scored", [], []);

    public static Evidence Trend(string category, string area, bool sensitive = false) =>
        new("trend", category, area, $"{category} in {area}", "data.police.uk", sensitive);

    public static Assessment Assessment(IReadOnlyList<string>? previousPlan = null) => new()
    {
        Partnership = new Partnership { Name = "Oxford", Code = "E07000178", Areas = ["Oxford"] },
        Period = new AssessmentPeriod { Start = "2024-07", End = "2025-06", Label = "year ending June 2025" },
        PreviousPeriod = new AssessmentPeriod { Start = "2023-07", End = "2024-06" },
        PreviousPlan = previousPlan ?? [],
        Sources = ["data.police.uk. Contains public sector information licensed under the Open Government Licence v3.0."],
    };

    public static EvaluationOutcome Outcome(params RuleHit[] hits) => new(hits, []);

    public static PlanResult Build(RuleSetDocument document, EvaluationOutcome outcome, Assessment? assessment = null) =>
        PlanBuilder.Build(document, assessment ?? Assessment(), outcome);

    public static ScoreComponent Component(PlanResult result, string priority, string dimension) =>
        Breakdown(result, priority).Single(c => c.Dimension == dimension);

    public static IReadOnlyList<ScoreComponent> Breakdown(PlanResult result, string priority) =>
        result.Priorities.FirstOrDefault(p => p.Id == priority)?.Breakdown
        ?? result.NotSelected.Single(p => p.Id == priority).Breakdown;

    public static double ScoreOf(PlanResult result, string priority) =>
        result.Priorities.FirstOrDefault(p => p.Id == priority)?.Score
        ?? result.NotSelected.Single(p => p.Id == priority).Score;
}
