using Priorities.Assessments;
using Priorities.Results;
using Priorities.RollUps;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.RollUps;

/// <summary>Five small districts, a plan rule set that picks the categories each one records, and a roll-up over them.</summary>
internal static class RollUpFixture
{
    public const string Plan = """
        ruleset: districts
        version: 1
        priorities:
          - { id: burglary, title: Burglary, covers: [burglary] }
          - { id: drugs, title: Drugs, covers: [drugs] }
          - { id: asb, title: ASB, covers: [anti-social-behaviour] }
        scoring:
          dimensions:
            volume: { weight: 1 }
          select: { top: 3, minScore: 1 }
        rules:
          - id: recorded
            when:
              - { fact: priority, as: p }
              - { fact: trend, as: t, where: "t.category in p.covers" }
            then: { propose: p, score: { volume: t.count }, because: "{t.count} recorded" }
        """;

    public const string RollUp = """
        ruleset: county
        version: 1
        kind: rollup
        partnership: Safer County Partnership
        priorities:
          - { id: burglary, title: Burglary, covers: [burglary] }
          - { id: drugs, title: Drugs, covers: [drugs] }
          - { id: asb, title: ASB, covers: [anti-social-behaviour] }
        scoring:
          dimensions:
            districts: { weight: 1, missing: 0 }
          select: { top: 3, minScore: 1 }
        rules:
          - id: three-of-five
            when:
              - { fact: priority, as: p }
              - { count: district_priority, as: chosen, each: d, where: "d.id == p.id" }
              - { test: "chosen >= 3" }
              - { fact: shared_priority, as: s, where: "s.id == p.id" }
            then: { propose: p, score: { districts: chosen }, because: "Chosen by {chosen} districts: {s.districts}" }
          - id: pcc-and-one
            when:
              - { fact: priority, as: p, where: p.pcc }
              - { fact: shared_priority, as: s, where: "s.id == p.id" }
            then: { propose: p, score: { districts: 1 }, because: "In the PCC plan and chosen by {s.districts}" }
        """;

    /// <summary>District names and the categories each records (so its plan selects those priorities).</summary>
    public static readonly (string Name, string[] Categories, string[] Pcc)[] Districts =
    [
        ("Cherwell", ["burglary", "anti-social-behaviour"], []),
        ("Oxford", ["burglary", "drugs"], ["drugs"]),
        ("South and Vale", ["burglary"], []),
        ("West Oxfordshire", ["anti-social-behaviour"], []),
        ("Witney", ["burglary", "anti-social-behaviour"], []),
    ];

    public static PlanRuleSet Load(string text, string file) =>
        RuleSetLoader.LoadText(file, text) is { RuleSet: { } set } ? set : throw new InvalidOperationException(file);

    public static Assessment Assessment(string name, string[] categories, string[] pcc, int seed = 0) => new()
    {
        Partnership = new Partnership { Name = name },
        Period = new AssessmentPeriod { Start = "2024-01", End = "2024-12" },
        Trends = categories.Select((c, i) => new TrendFact { Category = c, Area = name, Count = 10 + i + seed, PreviousCount = 10, Change = i + seed, Source = "test" }).ToArray(),
        PccPriorities = pcc,
    };

    public static IReadOnlyList<DistrictPlan> Plans(PlanRuleSet plan) => Districts
        .Select(d => Assessment(d.Name, d.Categories, d.Pcc))
        .Select(a => new DistrictPlan(a, plan.Evaluate(a)))
        .ToArray();

    public static PlanResult Agreement(string? county = null)
    {
        var plans = Plans(Load(Plan, "districts.yaml"));
        return RollUpEvaluator.Evaluate(Load(RollUp, "county.yaml"), plans, county);
    }
}
