using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets;
using Priorities.RuleSets.Model;
using Priorities.Sensitivity;
using static Priorities.Rules.Tests.Evaluation.PlanFixtures;

namespace Priorities.Rules.Tests.Sensitivity;

/// <summary>Random small rule sets with random hits, for the sensitivity properties.</summary>
internal static class SensitivityFixtures
{
    /// <summary>A random document and outcome: 2–7 priorities, 1–4 dimensions, any method, top and minimum.</summary>
    public static (RuleSetDocument Document, EvaluationOutcome Outcome) Random(int seed, bool weightedSum = false)
    {
        var random = new Random(seed);
        var dimensions = Enumerable.Range(0, random.Next(1, 5))
            .Select(d => Dimension("d" + d, random.Next(0, 7) / 2.0, CombineMode.Max) with
            {
                Missing = random.Next(4) == 0 ? null : 0,
            })
            .ToArray();
        var priorities = Enumerable.Range(0, random.Next(2, 8)).Select(i => Priority("p" + i)).ToArray();
        var method = weightedSum ? ScoringMethod.WeightedSum : (ScoringMethod)random.Next(3);
        int? top = random.Next(3) == 0 ? null : random.Next(1, priorities.Length + 1);
        double? minScore = random.Next(3) == 0 ? random.Next(0, 20) / 2.0 : null;
        var document = Document(priorities, dimensions, method, top, minScore, random.Next(2) == 0 ? [] : ["d0"]);
        var hits = priorities.Where(_ => random.Next(6) != 0).Select((p, i) => Hit(p.Id, i,
                dimensions.Where(_ => random.Next(4) != 0).Select(d => (d.Id, (double)random.Next(0, 6))).ToArray()))
            .ToArray();
        return (document, Outcome(hits));
    }

    /// <summary>The rescorer of a document and outcome over the fixtures' assessment.</summary>
    public static Rescorer Rescorer((RuleSetDocument Document, EvaluationOutcome Outcome) fixture) =>
        global::Priorities.Sensitivity.Rescorer.Create(fixture.Document, Assessment(), fixture.Outcome);

    /// <summary>The plan PlanBuilder makes with the document's weights replaced.</summary>
    public static PlanResult Plan((RuleSetDocument Document, EvaluationOutcome Outcome) fixture, IReadOnlyList<double> weights)
    {
        var scoring = fixture.Document.Scoring;
        var replaced = scoring with
        {
            Dimensions = scoring.Dimensions.Select((d, i) => d with { Weight = weights[i] }).ToArray(),
        };
        return Build(fixture.Document with { Scoring = replaced }, fixture.Outcome);
    }

    /// <summary>The ids of a plan in the full order: the plan, not selected, evidence gaps.</summary>
    public static string[] FullOrder(PlanResult plan) =>
        [.. plan.Priorities.Select(p => p.Id), .. plan.NotSelected.Select(p => p.Id), .. plan.EvidenceGaps.Select(g => g.Id)];

    /// <summary>The ids of a ranking in its order.</summary>
    public static string[] Ids(Rescorer rescorer, Ranking ranking) =>
        ranking.Order.Select(i => rescorer.Candidates[i].Id).ToArray();

    /// <summary>The analysis of a fixture.</summary>
    public static SensitivityResult Analyze(
        (RuleSetDocument Document, EvaluationOutcome Outcome) fixture, SensitivityOptions options)
    {
        var document = fixture.Document;
        var info = new RuleSetInfo(document.Id, document.Version, document.Hash);
        var dimensions = document.Scoring.Dimensions.Select(d => new ScoringDimension(d.Id, d.Weight, d.Description)).ToArray();
        return SensitivityRun.Analyze(Rescorer(fixture), (info, "test", dimensions), options, CancellationToken.None);
    }
}
