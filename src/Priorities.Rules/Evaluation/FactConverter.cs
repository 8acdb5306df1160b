using Priorities.Assessments;
using Priorities.Engine.Facts;
using Priorities.RuleSets.Compilation;
using Priorities.RuleSets.Model;
using static Priorities.RuleSets.Compilation.AssessmentFactTypes;

namespace Priorities.Evaluation;

/// <summary>
/// Turns a canonical assessment and the catalogue into the built-in facts, in a fixed order. An optional value the
/// assessment leaves out (or gives as null) stays unknown (null), never 0.
/// </summary>
internal static class FactConverter
{
    public static IReadOnlyList<SourcedFact> Convert(Assessment a, IReadOnlyList<PriorityDefinition> catalogue)
    {
        var history = PlanHistory.Of(a);
        var facts = new List<SourcedFact> { new(AssessmentRecord(a, history), EvidenceDescriber.Of(a)) };
        facts.AddRange(catalogue.Select(p => new SourcedFact(PriorityRecord(p, a, history), null)));
        facts.AddRange(a.Trends.Select(t => new SourcedFact(TrendRecord(t, a), EvidenceDescriber.Of(t))));
        facts.AddRange(a.Volumes.Select(v => new SourcedFact(VolumeRecord(v, a.Partnership), EvidenceDescriber.Of(v))));
        facts.AddRange(a.Harm.Select(h => new SourcedFact(Create(Harm,
            ("category", h.Category), ("categoryName", CrimeCategories.DisplayName(h.Category)), ("weight", h.Weight), ("unit", h.Unit), ("source", h.Source), ("date", h.Date), ("sensitive", h.Sensitive)), EvidenceDescriber.Of(h))));
        facts.AddRange(a.Concern.Select(c => new SourcedFact(Create(Concern,
            ("category", c.Category), ("categoryName", CrimeCategories.DisplayName(c.Category)), ("level", c.Level), ("share", c.Share), ("source", c.Source), ("date", c.Date), ("sensitive", c.Sensitive),
            ("geography", Comparability.Of(c).Geography)), EvidenceDescriber.Of(c))));
        facts.AddRange(a.Vulnerability.Select(v => new SourcedFact(Create(Vulnerability,
            ("indicator", v.Indicator), ("category", v.Category), ("categoryName", CrimeCategories.DisplayName(v.Category)), ("area", v.Area), ("value", v.Value), ("source", v.Source), ("sensitive", v.Sensitive)), EvidenceDescriber.Of(v))));
        facts.AddRange((a.Duties ?? StatutoryDuties.Inferred(a.Period, a.Partnership)).Select(d => new SourcedFact(Create(Duty,
            ("id", d.Id), ("appliesTo", d.AppliesTo ?? []), ("everywhere", d.AppliesTo is not { Count: > 0 }), ("source", d.Source), ("sensitive", d.Sensitive)), EvidenceDescriber.Of(d))));
        facts.AddRange(a.Comparisons.Select(c => new SourcedFact(ComparisonRecord(c, a.Partnership), EvidenceDescriber.Of(c))));
        facts.AddRange(a.DataQuality.Select(q => new SourcedFact(Create(Quality,
            ("kind", q.Kind), ("category", q.Category), ("area", q.Area), ("from", q.From), ("count", q.Count), ("message", q.Message)), EvidenceDescriber.Of(q))));
        MeasureFacts.Add(facts, a, catalogue);
        return facts;
    }

    /// <summary>A period's label, or <c>START to END</c> when it has none; empty for no period.</summary>
    public static string Label(AssessmentPeriod? period) =>
        period is null ? string.Empty : period.Label ?? $"{period.Start} to {period.End}";

    private static FactRecord AssessmentRecord(Assessment a, PlanHistory history) => Create(AssessmentFactTypes.Assessment,
        ("partnership", a.Partnership.Name), ("code", a.Partnership.Code), ("areas", a.Partnership.Areas), ("period", Label(a.Period)),
        ("previousPeriod", Label(a.PreviousPeriod)), ("pccPriorities", a.PccPriorities), ("previousPlan", history.LastPlan));

    private static FactRecord PriorityRecord(PriorityDefinition p, Assessment a, PlanHistory history)
    {
        var pcc = a.PccPriorities.Any(named => string.Equals(named, p.Id, StringComparison.Ordinal) || p.Covers.Contains(named, StringComparer.Ordinal));
        return Create(Priority, ("id", p.Id), ("title", p.Title), ("theme", p.Theme), ("covers", p.Covers.Order(StringComparer.Ordinal).ToArray()),
            ("legalBasis", p.LegalBasis), ("continuing", history.InLastPlan(p.Id)), ("pcc", pcc),
            ("returning", history.Returning(p.Id)), ("since", history.Since(p.Id)), ("yearsAdopted", history.YearsAdopted(p.Id)));
    }

    private static FactRecord TrendRecord(TrendFact t, Assessment a)
    {
        var like = Comparability.Of(t, a);
        var recording = a.DataQuality.Any(n => string.Equals(n.Kind, DataQualityKinds.RecordingChange, StringComparison.Ordinal)
            && string.Equals(n.Category, t.Category, StringComparison.Ordinal)
            && (string.IsNullOrEmpty(n.Area) || string.Equals(n.Area, t.Area, StringComparison.Ordinal)));
        return Create(Trend, ("category", t.Category), ("categoryName", CrimeCategories.DisplayName(t.Category)), ("area", t.Area), ("count", t.Count), ("previous", t.PreviousCount), ("change", t.Change),
            ("changePct", t.ChangePct), ("ratePer1000", like.AnnualRate(t.Count, t.RatePer1000, a.Partnership)), ("smallNumbers", t.SmallNumbers),
            ("recordingChange", recording), ("source", t.Source), ("sensitive", t.Sensitive),
            ("period", like.Span?.ToString() ?? string.Empty), ("previousPeriod", like.Previous?.ToString() ?? string.Empty),
            ("months", like.Months), ("annualCount", like.Annual(t.Count)), ("comparison", like.Comparison ?? string.Empty),
            ("yearOnYear", like.Comparison == TrendComparisons.YearOnYear), ("geography", like.Geography));
    }

    /// <summary>A volume with its count scaled to a year and, when the population is known, its annual rate per 1,000.</summary>
    private static FactRecord VolumeRecord(VolumeFact v, Partnership partnership)
    {
        var like = Comparability.Of(v);
        return Create(Volume, ("category", v.Category), ("categoryName", CrimeCategories.DisplayName(v.Category)), ("area", v.Area),
            ("count", v.Count), ("period", v.Period), ("source", v.Source), ("sensitive", v.Sensitive), ("months", like.Months),
            ("annualCount", like.Annual(v.Count)), ("ratePer1000", like.AnnualRate(v.Count, null, partnership)),
            ("geography", like.Geography));
    }

    private static FactRecord ComparisonRecord(ComparisonFact c, Partnership partnership) => Create(Comparison,
        ("category", c.Category), ("categoryName", CrimeCategories.DisplayName(c.Category)), ("area", c.Area ?? partnership.Name),
        ("rate", c.Rate), ("nationalRate", c.NationalRate), ("ratio", c.Ratio), ("percentile", c.Percentile),
        ("partnerships", c.Partnerships), ("neighbourRank", c.NeighbourRank), ("neighbourCount", c.NeighbourCount),
        ("neighbourPlace", NeighbourPlace.Of(c.NeighbourRank, c.NeighbourCount)), ("period", c.Period ?? string.Empty),
        ("source", c.Source), ("sensitive", c.Sensitive));

    private static FactRecord Create(FactType type, params (string Field, object? Value)[] values) =>
        type.Create(values.ToDictionary(v => v.Field, v => v.Value, StringComparer.Ordinal));
}
