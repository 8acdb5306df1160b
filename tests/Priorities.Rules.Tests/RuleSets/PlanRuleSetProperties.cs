using FsCheck.Xunit;
using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.RuleSets;

/// <summary>The product's promises, end to end on the shipped rule sets and the real samples.</summary>
public sealed class PlanRuleSetProperties
{
    private static readonly string[] RuleSets = ["oxford", "matrix", "morile"];
    private static readonly string[] Samples = ["oxford-city-2024", "northumbria-gateshead"];
    private static readonly Lazy<Dictionary<string, PlanRuleSet>> Loaded = new(() => RuleSets.ToDictionary(r => r, Load));
    private static readonly Lazy<Dictionary<string, Assessment>> Assessments = new(() => Samples.ToDictionary(s => s, Read));

    /// <summary>Shuffling every list of the assessment never changes a byte of the result.</summary>
    [Property(MaxTest = 12)]
    public void Evaluate_ShuffledAssessment_Meets_Specification(int seed)
    {
        var random = new Random(seed);
        var (ruleSet, assessment) = Pick(random);
        var expected = PlanResultSerializer.ToJson(ruleSet.Evaluate(assessment));
        var actual = PlanResultSerializer.ToJson(ruleSet.Evaluate(Shuffled(assessment, random)));
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// Every statutory duty in force for the period and partnership is in the plan's statutory duties whatever the
    /// assessment omits (some duties, all of them, or the whole list); one the assessment lists or leaves to be
    /// inferred, and that the rule set has a priority for, is a mandatory priority; a duty that does not apply (the
    /// pilot outside its areas) is never a candidate.
    /// </summary>
    [Property(MaxTest = 16)]
    public void Evaluate_DutiesInForce_Meets_Specification(int seed)
    {
        var random = new Random(seed);
        var (ruleSet, assessment) = Pick(random);
        var duties = random.Next(3) == 0 ? null : StatutoryDuties.InForceEverywhere().Where(_ => random.Next(2) == 0).ToArray();
        var trends = assessment.Trends.Where(_ => random.Next(3) > 0).ToArray();
        var result = ruleSet.Evaluate(assessment with { Duties = duties, Trends = trends });
        var inForce = StatutoryDuties.InForce(assessment.Period, assessment.Partnership).Select(d => d.Id).ToArray();
        Assert.NotEmpty(inForce);
        Assert.All(inForce, id => Assert.Contains(result.StatutoryDuties, d => d.Id == id));
        var proposed = duties?.Select(d => d.Id).ToArray() ?? inForce;
        var candidates = result.Priorities.Select(p => p.Id).Concat(result.NotSelected.Select(n => n.Id)).ToHashSet();
        foreach (var id in proposed.Where(candidates.Contains))
            Assert.True(Assert.Single(result.Priorities, p => p.Id == id).Mandatory, $"{id} is not flagged mandatory");
        Assert.DoesNotContain(candidates, id => StatutoryDuties.Ids.Contains(id) && !inForce.Contains(id) && !proposed.Contains(id));
    }

    [Fact]
    public void Evaluate_SameInputTwice_GivesIdenticalJson()
    {
        var ruleSet = Load("oxford");
        var assessment = Read("oxford-city-2024");
        Assert.Equal(PlanResultSerializer.ToJson(ruleSet.Evaluate(assessment)), PlanResultSerializer.ToJson(Load("oxford").Evaluate(Read("oxford-city-2024"))));
    }

    private static (PlanRuleSet, Assessment) Pick(Random random) =>
        (Loaded.Value[RuleSets[random.Next(RuleSets.Length)]], Assessments.Value[Samples[random.Next(Samples.Length)]]);

    private static Assessment Shuffled(Assessment a, Random random) => a with
    {
        Partnership = a.Partnership with { Areas = Shuffle(a.Partnership.Areas, random) },
        Trends = Shuffle(a.Trends, random),
        Volumes = Shuffle(a.Volumes, random),
        Harm = Shuffle(a.Harm, random),
        Concern = Shuffle(a.Concern, random),
        Vulnerability = Shuffle(a.Vulnerability, random),
        Duties = a.Duties is null ? null : Shuffle(a.Duties, random),
        PccPriorities = Shuffle(a.PccPriorities, random),
        PreviousPlan = Shuffle(a.PreviousPlan, random),
        DataQuality = Shuffle(a.DataQuality, random),
        Sources = Shuffle(a.Sources, random),
    };

    private static T[] Shuffle<T>(IEnumerable<T> items, Random random)
    {
        var array = items.ToArray();
        random.Shuffle(array);
        return array;
    }

    private static PlanRuleSet Load(string name)
    {
        var result = RuleSetLoader.Load(Path.Combine(Repository.Root, "rules", name + ".yaml"));
        return result.RuleSet ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }

    private static Assessment Read(string name)
    {
        var result = AssessmentReader.Read(Path.Combine(Repository.Root, "samples", name + ".yaml"));
        return result.Assessment ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }
}
