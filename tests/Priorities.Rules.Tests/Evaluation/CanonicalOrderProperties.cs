using FsCheck.Xunit;
using Priorities.Assessments;
using Priorities.Engine.Facts;
using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets.Compilation;
using Priorities.RuleSets.Model;
using Priorities.Rules.Tests.RuleSets.Compilation;
using static Priorities.Rules.Tests.RuleSets.Compilation.RuleSetFixture;

namespace Priorities.Rules.Tests.Evaluation;

public sealed class CanonicalOrderProperties
{
    private static readonly Lazy<CompiledRules> Rules = new(Build);

    /// <summary>
    /// Shuffling every list of an assessment (facts, and string lists without order) changes no hit, no miss and
    /// not one byte of the plan.
    /// </summary>
    [Property(MaxTest = 40)]
    public void Run_ShuffledLists_Meets_Specification(int seed)
    {
        var random = new Random(seed);
        var assessment = Sample(random);
        var shuffled = assessment with
        {
            Partnership = assessment.Partnership with { Areas = Shuffle(assessment.Partnership.Areas, random) },
            Trends = Shuffle(assessment.Trends, random),
            Harm = Shuffle(assessment.Harm, random),
            Concern = Shuffle(assessment.Concern, random),
            Duties = Shuffle((assessment.Duties ?? []).Select(d => d with { AppliesTo = Shuffle(d.AppliesTo!, random) }), random),
            PccPriorities = Shuffle(assessment.PccPriorities, random),
            DataQuality = Shuffle(assessment.DataQuality, random),
        };

        var expected = PlanEvaluatorTests.Describe(PlanEvaluatorTests.Run(Rules.Value, assessment));
        var actual = PlanEvaluatorTests.Describe(PlanEvaluatorTests.Run(Rules.Value, shuffled));

        Assert.Equal(expected, actual);
        Assert.Equal(Plan(assessment), Plan(shuffled));
    }

    private static string Plan(Assessment assessment) =>
        PlanResultSerializer.ToJson(PlanEvaluator.Evaluate(Rules.Value, assessment, CancellationToken.None));

    private static T[] Shuffle<T>(IEnumerable<T> items, Random random)
    {
        var array = items.ToArray();
        random.Shuffle(array);
        return array;
    }

    /// <summary>A random assessment with duplicate-keyed facts that differ only in fields outside the natural key.</summary>
    private static Assessment Sample(Random random)
    {
        string[] categories = ["burglary", "robbery", "violent-crime", "anti-social-behaviour"];
        string[] areas = ["Oxford", "Abingdon", "Didcot"];
        var trends = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Trend(categories[random.Next(4)], areas[random.Next(3)], random.Next(0, 300), random.Next(1, 300))).ToArray();
        return Assessment(trends) with
        {
            Partnership = new Partnership { Name = "Oxford", Areas = areas },
            Harm = categories.Select(c => new HarmFact { Category = c, Weight = random.Next(1, 400) / 2.0, Unit = "CCHI days", Source = random.Next(2) == 0 ? "a" : "b" }).ToArray(),
            Concern = categories.Take(random.Next(1, 4)).Select(c => new ConcernFact { Category = c, Level = random.Next(1, 6), Source = "survey" }).ToArray(),
            Duties = [new DutyFact { Id = "prevent", AppliesTo = ["Oxford", "Didcot"] }, new DutyFact { Id = "prevent", AppliesTo = ["Abingdon"] }],
            PccPriorities = ["robbery", "violence", "burglary"],
            DataQuality = [new DataQualityNote { Kind = "recording-change", Category = "burglary", Message = "m1" }, new DataQualityNote { Kind = "small-numbers", Message = "m2" }],
        };
    }

    private static CompiledRules Build()
    {
        var f = new RuleSetFixture();
        f.Declare("rise", ("category", FieldType.String), ("area", FieldType.String), ("pct", FieldType.Number));
        var derive = new RuleSpec("derive", null, 1, [], [f.Fact("trend", "t", "has(t.changePct) and t.changePct > 0")],
            new RuleConsequence(null, null, false, [], null, [f.Derive("rise", ("category", "t.category"), ("area", "t.area"), ("pct", "t.changePct"))]), At(2, 2));
        return f.Build(
            derive,
            f.Rule("rising", f.Propose("p", "{r.category} in {r.area} rose {r.pct}%", ("trend", "r.pct")),
                f.Fact("priority", "p"), f.Fact("rise", "r", "r.category in p.covers and r.pct >= 20")),
            f.Rule("harmful", f.Propose("p", "{h.category} weighs {h.weight} ({h.source})", ("harm", "h.weight")),
                f.Fact("priority", "p", "p.pcc"), f.Fact("harm", "h", "h.category in p.covers and h.weight >= 100")),
            f.Rule("concern", f.Propose("anti-social-behaviour", "{n} levels, top {top}", ("concern", "top")),
                f.Aggregate(PatternForm.Count, "concern", "n", "c"), f.Fact("assessment", "a", "'Oxford' in a.areas"),
                f.Aggregate(PatternForm.Max, "concern", "top", "c", "has(c.level)", "c.level"), f.Test("top >= 4")),
            f.Rule("duty", f.Propose("violence", "{d.appliesTo}"), f.Fact("duty", "d", "not d.everywhere"), f.Fact("trend", "t", "t.area in d.appliesTo and t.recordingChange")));
    }
}
