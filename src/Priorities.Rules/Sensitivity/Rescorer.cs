using Priorities.Assessments;
using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets.Model;

namespace Priorities.Sensitivity;

/// <summary>
/// Scores, ranks and selects an assessment's candidates again under other weights, without running the engine: the
/// hits (and so every dimension's raw value and score) do not depend on weights, only the combination does. It goes
/// through the plan's own code (<see cref="ScoreCombiner"/>, <see cref="CandidateRanker"/> with the plan's
/// <see cref="TieBreakOrder"/>, <see cref="SelectionPolicyApplier"/>), so the rule set's own weights give the plan's
/// order and selection exactly, and any weights give what <c>WithWeights(...).Evaluate(...)</c> would.
/// </summary>
internal sealed class Rescorer
{
    private readonly ScoringModel _scoring;
    private readonly Candidate[] _candidates;
    private readonly DimensionScore[][] _scores;
    private readonly bool[] _applies;
    private readonly TieBreakOrder _order;

    private Rescorer(ScoringModel scoring, Candidate[] candidates, bool[] applies)
    {
        _scoring = scoring;
        _candidates = candidates;
        _applies = applies;
        _order = new TieBreakOrder(scoring.TieBreak);
        _scores = candidates.Select(c => c.Breakdown.Select((b, i) => Score(scoring.Dimensions[i], b)).ToArray()).ToArray();
    }

    /// <summary>The candidates scored with the rule set's weights, in catalogue order.</summary>
    public IReadOnlyList<Candidate> Candidates => _candidates;

    /// <summary>Per candidate (catalogue order), its dimension scores under the rule set's weights.</summary>
    public IReadOnlyList<IReadOnlyList<DimensionScore>> Scores => _scores;

    /// <summary>The scoring model (the rule set's weights).</summary>
    public ScoringModel Scoring => _scoring;

    /// <summary>The rule set's own weights, in dimension order.</summary>
    public double[] BaseWeights => _scoring.Dimensions.Select(d => d.Weight).ToArray();

    /// <summary>Scores every candidate of an evaluation once, as the plan does.</summary>
    /// <param name="document">The rule set.</param>
    /// <param name="canonical">The assessment in canonical order (<see cref="AssessmentCanonicalizer"/>).</param>
    /// <param name="outcome">The engine session's hits over it.</param>
    public static Rescorer Create(RuleSetDocument document, Assessment canonical, EvaluationOutcome outcome)
    {
        var candidates = CandidateScorer.Score(document, outcome, new HitOrder(document)).ToArray();
        var duties = DutyListWriter.Write(canonical);
        var applies = candidates
            .Select(c => StatutoryDuties.Find(c.Id) is null || duties.Any(d => string.Equals(d.Id, c.Id, StringComparison.Ordinal)))
            .ToArray();
        return new Rescorer(document.Scoring, candidates, applies);
    }

    /// <summary>The plan's order and selection under these weights (one per dimension, in dimension order).</summary>
    public Ranking Rank(IReadOnlyList<double> weights)
    {
        var dimensions = _scoring.Dimensions
            .Select((d, i) => d.Weight.Equals(weights[i]) ? d : d with { Weight = weights[i] })
            .ToArray();
        var rescored = new Candidate[_candidates.Length];
        for (var i = 0; i < rescored.Length; i++)
        {
            var scores = _scores[i].Select((s, j) => s with { Dimension = dimensions[j] }).ToArray();
            var (breakdown, total, coverage) = ScoreCombiner.Combine(_scoring.Method, scores);
            rescored[i] = _candidates[i] with { Breakdown = breakdown, Total = total, Coverage = coverage };
        }
        var selection = SelectionPolicyApplier.Apply(CandidateRanker.Rank(rescored, _order), _scoring.Selection);
        return Ranked(rescored, selection);
    }

    /// <summary>The order <see cref="PlanBuilder"/> writes: the plan (mandatory last), not selected, evidence gaps.</summary>
    private Ranking Ranked(Candidate[] rescored, Selection selection)
    {
        var order = selection.Selected.OrderBy(c => c.Mandatory)
            .Concat(selection.Rejected.Select(r => r.Candidate).Where(c => _applies[c.CatalogueIndex]))
            .Concat(selection.Gaps)
            .Select(c => c.CatalogueIndex)
            .ToArray();
        var position = new int[rescored.Length];
        for (var i = 0; i < order.Length; i++) position[order[i]] = i + 1;
        var selected = new bool[rescored.Length];
        foreach (var candidate in selection.Selected) selected[candidate.CatalogueIndex] = true;
        var gap = new bool[rescored.Length];
        foreach (var candidate in selection.Gaps) gap[candidate.CatalogueIndex] = true;
        return new Ranking(order, position, selected, rescored.Select(c => c.Total).ToArray(), gap);
    }

    private static DimensionScore Score(DimensionDefinition dimension, ScoreComponent component) =>
        new(dimension, component.Raw, component.Score, component.Sensitive,
            string.Equals(component.Evidence, EvidenceState.Known, StringComparison.Ordinal));
}
