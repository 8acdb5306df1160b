using Priorities.Assessments;
using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets.Model;
using static Priorities.Rules.Tests.Evaluation.PlanFixtures;

namespace Priorities.Rules.Tests.Evaluation;

/// <summary>A random rule set, assessment and engine outcome, built from a seed, for the plan builder's properties.</summary>
internal sealed record PlanScenario(RuleSetDocument Document, Assessment Assessment, EvaluationOutcome Outcome)
{
    private static readonly string[] Sentences = ["burglary rose", "robbery rose", "concern is high", ""];
    private static readonly string[] Areas = ["Oxford", "Cherwell"];

    /// <summary>A scenario; with <paramref name="monotone"/>, every dimension has a positive weight and non-decreasing, non-negative bands.</summary>
    public static PlanScenario Create(int seed, bool monotone = false)
    {
        var random = new Random(seed);
        var priorities = Enumerable.Range(0, random.Next(1, 8)).Select(i => Priority("p" + i, ["c" + i, "c" + ((i + 1) % 4)], i % 3 == 0 ? "s." + i + " Act" : null)).ToArray();
        var dimensions = Enumerable.Range(0, random.Next(1, 5)).Select(i => RandomDimension(random, "d" + i, monotone)).ToArray();
        var rules = priorities.Select(p => Rule("rule-" + p.Id, p.Id)).Append(Rule("shared", priorities[0].Id)).ToArray();
        var document = PlanFixtures.Document(priorities, dimensions, (ScoringMethod)random.Next(3),
            random.Next(3) == 0 ? null : random.Next(0, priorities.Length + 1),
            random.Next(3) == 0 ? null : random.Next(0, 40) / 2.0,
            dimensions.Where(_ => random.Next(2) == 0).Select(d => d.Id).ToArray(), rules);
        var hits = Enumerable.Range(0, random.Next(0, 16)).Select(i => RandomHit(random, i, rules, dimensions)).ToArray();
        var misses = priorities.Where(_ => random.Next(2) == 0).Select(p => new RuleMiss("rule-" + p.Id, p.Id, ["x >= 10: 4, short by 6"])).ToArray();
        var assessment = PlanFixtures.Assessment(priorities.Where(_ => random.Next(3) == 0).Select(p => p.Id).Append("retired").ToArray()) with
        {
            Trends = [new TrendFact { Category = "c0", Area = "Oxford", Count = 5, PreviousCount = 3, Change = 2, SmallNumbers = true, Source = "s" }],
            DataQuality =
            [
                new DataQualityNote { Kind = DataQualityKinds.RecordingChange, Category = "c1", Message = "changed" },
                new DataQualityNote { Kind = DataQualityKinds.MissingMonths, Area = "Cherwell", Message = "gap" },
            ],
        };
        return new PlanScenario(document, assessment, new EvaluationOutcome(hits, misses));
    }

    public PlanResult Build() => PlanBuilder.Build(Document, Assessment, Outcome);

    private static DimensionDefinition RandomDimension(Random random, string id, bool monotone)
    {
        var weight = monotone ? random.Next(1, 7) / 2.0 : random.Next(-2, 7) / 2.0;
        var combine = (CombineMode)random.Next(2);
        return (monotone ? 0 : random.Next(3)) switch
        {
            0 => Dimension(id, weight, combine, random.Next(0, 3), bands: RandomBands(random)),
            1 => Dimension(id, weight, CombineMode.Max, random.Next(0, 3), lookup: [new LookupEntry(1, 2, At), new LookupEntry(2, 4.5, At)]),
            _ => Dimension(id, weight, combine, random.Next(0, 3)),
        };
    }

    private static Band[] RandomBands(Random random)
    {
        var bounds = Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(-10, 30) / 2.0).Distinct().Order().ToArray();
        var score = random.Next(0, 3) / 2.0;
        var bands = new List<Band>();
        for (var i = 0; i <= bounds.Length; i++)
        {
            bands.Add(Band(i == 0 ? null : bounds[i - 1], i == bounds.Length ? null : bounds[i], score));
            score += random.Next(0, 4) / 2.0;
        }
        return [.. bands];
    }

    /// <summary>A raw value the dimension can score: one of its lookup entries, or any value (bands here are open at both ends).</summary>
    private static double RandomRaw(Random random, DimensionDefinition dimension) =>
        dimension.Lookup.Count > 0 ? dimension.Lookup[random.Next(dimension.Lookup.Count)].Raw : random.Next(-4, 40) / 2.0;

    private static RuleHit RandomHit(Random random, int sequence, RuleSpec[] rules, DimensionDefinition[] dimensions)
    {
        var rule = rules[random.Next(rules.Length)];
        var scores = dimensions.Where(_ => random.Next(2) == 0).Select(d => new RawScore(d.Id, RandomRaw(random, d))).ToArray();
        var evidence = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Trend("c" + random.Next(4), Areas[random.Next(2)], random.Next(4) == 0)).ToArray();
        return new RuleHit(rule.Id, sequence, rule.Then.Propose!, random.Next(6) == 0, scores, Sentences[random.Next(Sentences.Length)], evidence, ["t"]);
    }
}
