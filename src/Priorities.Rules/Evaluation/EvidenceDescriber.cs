using System.Globalization;
using Priorities.Assessments;
using Priorities.Results;
using static Priorities.Evaluation.BecauseRenderer;

namespace Priorities.Evaluation;

/// <summary>Describes each assessment fact as <see cref="Evidence"/>: its kind, category, area and one plain line.</summary>
internal static class EvidenceDescriber
{
    public static Evidence Of(TrendFact t)
    {
        var pct = t.ChangePct is { } p ? $" ({SignedPercent(p)})" : string.Empty;
        var small = t.SmallNumbers ? "; small numbers" : string.Empty;
        return new Evidence("trend", t.Category, t.Area,
            $"{Name(t.Category)} in {t.Area}: {Format(t.Count)} against {Format(t.PreviousCount)} in the previous period{pct}{small}", t.Source, t.Sensitive);
    }

    public static Evidence Of(VolumeFact v) =>
        new("volume", v.Category, v.Area, $"{Name(v.Category)} in {v.Area}: {Format(v.Count)} recorded in {v.Period}", v.Source, v.Sensitive);

    public static Evidence Of(ComparisonFact c)
    {
        var rate = c.Rate is { } r ? $"{Number(r)} per 1,000 residents" : "rate unknown";
        var ratio = c.Ratio is { } q ? $", {Number(q)}× the England and Wales rate" : string.Empty;
        var place = NeighbourPlace.Of(c.NeighbourRank, c.NeighbourCount) is { Length: > 0 } p ? ", " + p : string.Empty;
        return new Evidence("comparison", c.Category, c.Area, $"{Name(c.Category)}: {rate}{ratio}{place}", c.Source, c.Sensitive);
    }

    public static Evidence Of(HarmFact h) =>
        new("harm", h.Category, null, $"{Name(h.Category)}: harm weight {Number(h.Weight)} {h.Unit} per offence", h.Source, h.Sensitive);

    public static Evidence Of(ConcernFact c)
    {
        var measures = new List<string>();
        if (c.Level is { } level) measures.Add($"concern level {level.ToString(CultureInfo.InvariantCulture)} of 5");
        if (c.Share is { } share) measures.Add($"{Number(share * 100)}% of respondents concerned");
        var text = measures.Count == 0 ? "concern not measured" : string.Join(", ", measures);
        return new Evidence("concern", c.Category, null, $"{Name(c.Category)}: {text}", c.Source, c.Sensitive);
    }

    public static Evidence Of(VulnerabilityFact v)
    {
        var scope = (v.Category, v.Area) switch
        {
            (null, null) => string.Empty,
            (not null, null) => $" for {Name(v.Category)}",
            (null, not null) => $" in {v.Area}",
            _ => $" for {Name(v.Category)} in {v.Area}",
        };
        return new Evidence("vulnerability", v.Category, v.Area, $"{v.Indicator}{scope}: {Number(v.Value)}", v.Source, v.Sensitive);
    }

    public static Evidence Of(DutyFact d)
    {
        var where = d.AppliesTo is { Count: > 0 } areas ? "applies to " + string.Join(", ", areas) : "applies everywhere";
        return new Evidence("duty", null, null, $"statutory duty {d.Id}: {where}", d.Source, d.Sensitive);
    }

    public static Evidence Of(DataQualityNote q) =>
        new("quality", q.Category, q.Area, $"{q.Kind}: {q.Message}", null, false);

    /// <summary>The category in words, as a board reads it (<c>vehicle crime</c>); the id stays in <see cref="Evidence.Category"/>.</summary>
    private static string Name(string category) => CrimeCategories.DisplayName(category);

    public static Evidence Of(Assessment a)
    {
        var pcc = a.PccPriorities.Count == 0 ? "none" : string.Join(", ", a.PccPriorities);
        var last = PlanHistory.Of(a).LastPlan;
        var previous = last.Count == 0 ? "none" : string.Join(", ", last);
        return new Evidence("assessment", null, null,
            $"{a.Partnership.Name}, {FactConverter.Label(a.Period)}: Police and Crime Plan priorities {pcc}; last year's plan {previous}", null, false);
    }
}
