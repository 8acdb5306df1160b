using FsCheck;
using FsCheck.Xunit;
using Priorities.Evaluation;
using Priorities.Results;

namespace Priorities.Rules.Tests.Evaluation;

public sealed class PlanBuilderProperties
{
    /// <summary>The order hits and misses arrive in never changes the result.</summary>
    [Property(MaxTest = 200)]
    public void Build_PermutedHits_Meets_Specification(int seed, int shuffle)
    {
        var scenario = PlanScenario.Create(seed);
        var hits = scenario.Outcome.Hits.ToArray();
        var misses = scenario.Outcome.Misses.ToArray();
        var random = new Random(shuffle);
        random.Shuffle(hits);
        random.Shuffle(misses);
        var permuted = scenario with { Outcome = new EvaluationOutcome(hits, misses) };

        Assert.Equal(PlanResultSerializer.ToJson(scenario.Build()), PlanResultSerializer.ToJson(permuted.Build()));
    }

    /// <summary>Every priority a mandatory rule fired for is in the plan, flagged mandatory, whatever the selection policy.</summary>
    [Property(MaxTest = 200)]
    public void Build_MandatoryPriorities_Meets_Specification(int seed)
    {
        var scenario = PlanScenario.Create(seed);
        var result = scenario.Build();

        foreach (var id in scenario.Outcome.Hits.Where(h => h.Mandatory).Select(h => h.PriorityId).Distinct())
            Assert.True(result.Priorities.Single(p => p.Id == id).Mandatory);
        Assert.Equal(Enumerable.Range(1, result.Priorities.Count), result.Priorities.Select(p => p.Rank));
        Assert.Equal(scenario.Document.Priorities.Count, result.Priorities.Count + result.NotSelected.Count + result.EvidenceGaps.Count);
    }

    /// <summary>Raising a raw value of a positively weighted dimension with non-decreasing bands never lowers the priority's score.</summary>
    [Property(MaxTest = 200)]
    public void Build_RaisedRawValue_Meets_Specification(int seed, PositiveInt raise, int pick)
    {
        var scenario = PlanScenario.Create(seed, monotone: true);
        var hits = scenario.Outcome.Hits.ToArray();
        var scored = hits.Select((h, i) => (Hit: h, Index: i)).Where(x => x.Hit.Scores.Count > 0).ToArray();
        if (scored.Length == 0) return;
        var (hit, index) = scored[Math.Abs(pick % scored.Length)];
        var raws = hit.Scores.ToArray();
        var at = Math.Abs(pick % raws.Length);
        raws[at] = raws[at] with { Raw = raws[at].Raw + raise.Get / 2.0 };
        hits[index] = hit with { Scores = raws };
        var raised = scenario with { Outcome = new EvaluationOutcome(hits, scenario.Outcome.Misses) };

        Assert.True(ScoreOf(raised.Build(), hit.PriorityId) >= ScoreOf(scenario.Build(), hit.PriorityId));
    }

    /// <summary>For every method, each candidate's breakdown contributions add up to its score.</summary>
    [Property(MaxTest = 300)]
    public void Build_Contributions_Meets_Specification(int seed)
    {
        var result = PlanScenario.Create(seed).Build();

        foreach (var priority in result.Priorities)
            Assert.Equal(priority.Score, priority.Breakdown.Sum(c => c.Contribution), 1e-9);
        foreach (var candidate in result.NotSelected)
            Assert.Equal(candidate.Score, candidate.Breakdown.Sum(c => c.Contribution), 1e-9);
    }

    private static double ScoreOf(PlanResult result, string id) => PlanFixtures.ScoreOf(result, id);
}
