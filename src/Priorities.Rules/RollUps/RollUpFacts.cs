using Priorities.Engine.Facts;
using Priorities.Evaluation;
using static Priorities.RuleSets.Model.RollUpFactTypes;

namespace Priorities.RollUps;

/// <summary>The roll-up facts of the districts' plans, in a fixed order (districts in input order, plans by rank).</summary>
internal static class RollUpFacts
{
    public static IReadOnlyList<FactRecord> Build(IReadOnlyList<DistrictPlan> districts)
    {
        var facts = new List<FactRecord>();
        foreach (var (assessment, plan) in districts)
        {
            var name = plan.Partnership.Name;
            var code = plan.Partnership.Code ?? string.Empty;
            facts.Add(Create(District, ("name", name), ("code", code), ("period", FactConverter.Label(assessment.Period)),
                ("selected", plan.Priorities.Count)));
            facts.AddRange(plan.Priorities.Select(p => Create(DistrictPriority, ("district", name), ("code", code), ("id", p.Id),
                ("title", p.Title), ("theme", p.Theme), ("aim", p.Aim ?? string.Empty), ("rank", p.Rank), ("score", p.Score),
                ("mandatory", p.Mandatory), ("status", p.Status))));
        }
        facts.AddRange(Shared(districts));
        facts.AddRange(Pcc(districts));
        return facts;
    }

    /// <summary>One fact per priority id any district selected, with the districts that did, in input order.</summary>
    private static IEnumerable<FactRecord> Shared(IReadOnlyList<DistrictPlan> districts) =>
        districts.SelectMany(d => d.Plan.Priorities.Select(p => (District: d.Plan.Partnership.Name, Priority: p)))
            .GroupBy(x => x.Priority.Id, StringComparer.Ordinal)
            .Select(g => Create(SharedPriority, ("id", g.Key), ("title", g.First().Priority.Title),
                ("aim", g.First().Priority.Aim ?? string.Empty), ("districts", g.Select(x => x.District).Distinct().ToArray()),
                ("count", g.Select(x => x.District).Distinct().Count()), ("bestRank", g.Min(x => x.Priority.Rank))));

    /// <summary>One fact per entry of the districts' Police and Crime Plan lists, with the districts that list it.</summary>
    private static IEnumerable<FactRecord> Pcc(IReadOnlyList<DistrictPlan> districts) =>
        districts.SelectMany(d => d.Assessment.PccPriorities.Select(id => (District: d.Plan.Partnership.Name, Id: id)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .Select(g => Create(PccPriority, ("id", g.Key), ("districts", g.Select(x => x.District).Distinct().ToArray())));

    private static FactRecord Create(FactType type, params (string Field, object? Value)[] values) =>
        type.Create(values.ToDictionary(v => v.Field, v => v.Value, StringComparer.Ordinal));
}
