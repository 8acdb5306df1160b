using Priorities.Assessments;
using Priorities.Results;
using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>
/// Writes a priority's measures for the plan: baseline, target, latest actual, and the status and RAG the rules
/// derived (<see cref="MeasureRating"/>); a measure no rule rated is <c>no-data</c>, grey.
/// </summary>
internal sealed class MeasureResultWriter(Assessment assessment, IReadOnlyList<MeasureRating>? ratings)
{
    private readonly Dictionary<string, MeasureActual> _latest = MeasureFacts.Latest(assessment.Actuals);
    private readonly Dictionary<string, MeasureRating> _ratings =
        (ratings ?? []).ToDictionary(r => r.Measure, StringComparer.Ordinal);

    /// <summary>The measures of a catalogue entry, in catalogue order.</summary>
    public IReadOnlyList<MeasureResult> Write(PriorityDefinition priority)
    {
        var measures = priority.Fields.Measures;
        if (measures.Count == 0) return [];
        var result = new MeasureResult[measures.Count];
        for (var i = 0; i < result.Length; i++) result[i] = Write(measures[i]);
        return result;
    }

    /// <summary>
    /// A data-quality note for each measure id the assessment's actuals name that no catalogue entry has: the
    /// assessment does not know the rule set, so this is found at plan time.
    /// </summary>
    public static IReadOnlyList<DataQualityNote> UnknownMeasures(Assessment assessment, IReadOnlyList<PriorityDefinition> catalogue)
    {
        if (assessment.Actuals.Count == 0) return [];
        var known = catalogue.SelectMany(p => p.Fields.Measures).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        return assessment.Actuals.Where(a => !known.Contains(a.Measure)).GroupBy(a => a.Measure, StringComparer.Ordinal)
            .Select(g => new DataQualityNote
            {
                Kind = DataQualityKinds.UnknownMeasure,
                Count = g.Count(),
                Message = $"The assessment has {PlanText.Count(g.Count())} actual(s) for measure '{g.Key}', but the rule set has no "
                    + "measure of that id, so they were not used; check the id against the rule set's catalogue.",
            })
            .ToArray();
    }

    private MeasureResult Write(MeasureDefinition definition)
    {
        var m = definition;
        _latest.TryGetValue(m.Id, out var latest);
        var actual = latest is null ? null : new MeasurePoint(latest.Value, latest.Period, latest.Source);
        var rating = _ratings.GetValueOrDefault(m.Id) ?? new MeasureRating(m.Id, MeasureStatus.NoData, MeasureStatus.Grey);
        return new MeasureResult
        {
            Id = m.Id,
            Title = m.Title,
            Unit = m.Unit,
            Direction = m.Direction,
            Baseline = m.Baseline,
            Target = m.Target,
            Actual = actual,
            Status = rating.Status,
            Rag = rating.Rag,
            Summary = MeasureSummary.Write(rating.Status, m.Baseline, m.Target, actual),
        };
    }
}
