using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.RuleSets;

/// <summary>The shipped Oxford rule set and sample, with the duties list left out or changed.</summary>
public sealed class PlanRuleSetDutyTests
{
    private static readonly Lazy<PlanRuleSet> Oxford = new(() =>
        RuleSetLoader.Load(Path.Combine(Repository.Root, "rules", "oxford.yaml")).RuleSet!);

    private static readonly Lazy<Assessment> Sample = new(() =>
        AssessmentReader.Read(Path.Combine(Repository.Root, "samples", "oxford-city-2024.yaml")).Assessment!);

    [Fact]
    public void Evaluate_NoDutiesList_DutiesInferredAndMandatory()
    {
        var result = Oxford.Value.Evaluate(Sample.Value with { Duties = null });

        Assert.Equal(8, result.StatutoryDuties.Count);
        Assert.All(["prevent", "domestic-homicide-review", "serious-violence", "modern-slavery", "asb-case-review", "reducing-reoffending"],
            id => Assert.True(Assert.Single(result.Priorities, p => p.Id == id).Mandatory));
        Assert.DoesNotContain(result.NotSelected, n => StatutoryDuties.Ids.Contains(n.Id));
    }

    [Fact]
    public void Evaluate_Oxford_OffensiveWeaponsPilotIsNoCandidate()
    {
        var result = Oxford.Value.Evaluate(Sample.Value);

        Assert.DoesNotContain(result.NotSelected, n => n.Id == "offensive-weapons-homicide-review");
        Assert.DoesNotContain(result.Priorities, p => p.Id == "offensive-weapons-homicide-review");
        Assert.DoesNotContain(result.StatutoryDuties, d => d.Id == "offensive-weapons-homicide-review");
    }

    [Fact]
    public void Evaluate_PilotArea_OffensiveWeaponsReviewsMandatory()
    {
        var birmingham = Sample.Value with
        {
            Partnership = new Partnership { Name = "Birmingham", Code = "E22000335", Areas = ["Birmingham"] },
            Duties = null,
        };

        var result = Oxford.Value.Evaluate(birmingham);

        Assert.True(Assert.Single(result.Priorities, p => p.Id == "offensive-weapons-homicide-review").Mandatory);
        Assert.Equal(["Birmingham"], Assert.Single(result.StatutoryDuties, d => d.Id == "offensive-weapons-homicide-review").Areas);
    }

    [Fact]
    public void Evaluate_LongStandingDutyNotInLastYearsPlan_Continuing()
    {
        var result = Oxford.Value.Evaluate(Sample.Value);

        Assert.DoesNotContain("domestic-homicide-review", Sample.Value.PreviousPlan);
        Assert.Equal(PriorityStatus.Continuing, Assert.Single(result.Priorities, p => p.Id == "domestic-homicide-review").Status);
        Assert.Equal(PriorityStatus.Continuing, Assert.Single(result.StatutoryDuties, d => d.Id == "domestic-homicide-review").Status);
    }

    [Fact]
    public void Evaluate_MandatoryPriorities_RankAfterTheDiscretionaryOnes()
    {
        var result = Oxford.Value.Evaluate(Sample.Value);

        var firstMandatory = result.Priorities.ToList().FindIndex(p => p.Mandatory);
        Assert.True(firstMandatory > 0);
        Assert.All(result.Priorities.Skip(firstMandatory), p => Assert.True(p.Mandatory));
        Assert.Equal(Enumerable.Range(1, result.Priorities.Count), result.Priorities.Select(p => p.Rank));
    }
}
