using FsCheck;
using FsCheck.Xunit;
using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Diffs;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.Diffs;

/// <summary>A diff of a rule set with itself, or of an assessment with itself, is empty.</summary>
public sealed class RuleSetDifferProperties
{
    private static readonly Lazy<(PlanRuleSet Disk, PlanRuleSet Shipped)[]> RuleSets = new(() => ShippedRuleSets.Names
        .Select(name => (Disk: RuleSetLoader.Load(ShippedOnDisk(name)).RuleSet, Shipped: ShippedRuleSets.Load(name).RuleSet))
        .Where(pair => pair.Disk is { IsRollUp: false } && pair.Shipped is not null)
        .Select(pair => (pair.Disk!, pair.Shipped!)).ToArray());

    private static readonly Lazy<Assessment[]> Samples = new(() =>
        ShippedAssessments.Names.Select(name => ShippedAssessments.Load(name).Assessment!).ToArray());

    /// <summary>
    /// Any shipped plan rule set (read from disk) against itself (read from the package) over any shipped sample: no
    /// rule, dimension, selection or priority change, and no movers; every priority is in the same place on both sides.
    /// </summary>
    [Property(MaxTest = 40)]
    public void Diff_OfRuleSetWithItself_Meets_Specification(NonNegativeInt ruleSet, NonNegativeInt sample, bool publicView)
    {
        var (disk, shipped) = RuleSets.Value[ruleSet.Get % RuleSets.Value.Length];
        var assessment = Samples.Value[sample.Get % Samples.Value.Length];

        var diff = RuleSetDiffer.Diff(disk, shipped, assessment, publicView);
        var again = RuleSetDiffer.DiffAssessments(disk, assessment, assessment, publicView);

        foreach (var each in new[] { diff, again })
        {
            Assert.True(each.IsEmpty, PlanDiffSerializer.ToJson(each));
            Assert.Empty(each.Rules.Changed);
            Assert.Empty(each.Scoring.Changed);
            Assert.Empty(each.Movers);
            Assert.All(each.Priorities, p => Assert.Equal(p.Old, p.New));
            Assert.All(each.Priorities, p => Assert.Empty(p.Contributions));
        }
    }

    [Fact]
    public void Diff_OfRuleSetWithItself_CoversEveryShippedPlanRuleSet()
    {
        Assert.True(RuleSets.Value.Length >= 3, $"only {RuleSets.Value.Length} shipped plan rule sets load from disk");
    }

    private static string ShippedOnDisk(string name) =>
        Path.Combine(Repository.Root, ShippedRuleSets.PathOf(name).Replace("(shipped)/", string.Empty, StringComparison.Ordinal));
}
