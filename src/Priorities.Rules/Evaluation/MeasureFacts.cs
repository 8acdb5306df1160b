using Priorities.Assessments;
using Priorities.Engine.Facts;
using Priorities.Results;
using Priorities.RuleSets.Compilation;
using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>
/// The <c>measure</c> facts: one per measure of the catalogue, in catalogue order, with its latest actual (the one
/// whose period ends last) and <c>elapsed</c>, the share of the target period (baseline's end to target's end) passed
/// at the actual's period, or at the end of the assessment period when there is no actual.
/// </summary>
internal static class MeasureFacts
{
    public static void Add(List<SourcedFact> facts, Assessment a, IReadOnlyList<PriorityDefinition> catalogue)
    {
        if (catalogue.Count == 0) return;
        var latest = Latest(a.Actuals);
        var now = MeasurePeriods.EndMonth(a.Period.End) ?? 0;
        foreach (var priority in catalogue)
            foreach (var definition in priority.Fields.Measures)
            {
                latest.TryGetValue(definition.Id, out var actual);
                facts.Add(new SourcedFact(Record(definition, actual, now), actual is null ? null : Evidence(definition, actual)));
            }
    }

    /// <summary>The latest actual of each measure: the one whose period ends last (the first of a tie, in canonical order).</summary>
    public static Dictionary<string, MeasureActual> Latest(IReadOnlyList<MeasureActual> actuals)
    {
        var latest = new Dictionary<string, MeasureActual>(StringComparer.Ordinal);
        foreach (var actual in actuals)
        {
            if (MeasurePeriods.EndMonth(actual.Period) is not { } end) continue;
            if (!latest.TryGetValue(actual.Measure, out var best) || end > MeasurePeriods.EndMonth(best.Period))
                latest[actual.Measure] = actual;
        }
        return latest;
    }

    /// <summary>The share of the target period passed at the actual's period, or at <paramref name="now"/> without one.</summary>
    public static double Elapsed(CatalogueMeasureSpan span, MeasureActual? actual, int now) =>
        MeasurePeriods.Elapsed(span.From, span.To, actual is null ? now : MeasurePeriods.EndMonth(actual.Period) ?? now);

    private static FactRecord Record(MeasureDefinition definition, MeasureActual? actual, int now)
    {
        var m = definition;
        var span = CatalogueMeasureSpan.Of(m);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = m.Id, ["priority"] = definition.Priority, ["title"] = m.Title, ["unit"] = m.Unit,
            ["direction"] = m.Direction, ["sign"] = m.Direction == "down" ? -1L : 1L,
            ["baseline"] = m.Baseline?.Value, ["baselinePeriod"] = m.Baseline?.Period ?? string.Empty,
            ["target"] = m.Target.Resolved, ["changePct"] = m.Target.ChangePct, ["targetBy"] = m.Target.By,
            ["actual"] = actual?.Value, ["actualPeriod"] = actual?.Period ?? string.Empty, ["source"] = actual?.Source ?? string.Empty,
            ["elapsed"] = Elapsed(span, actual, now),
            ["over"] = (actual is null ? now : MeasurePeriods.EndMonth(actual.Period) ?? now) >= span.To,
        };
        return AssessmentFactTypes.Measure.Create(values);
    }

    private static Evidence Evidence(MeasureDefinition definition, MeasureActual actual) =>
        new("measure", null, null,
            $"{definition.Title}: {PlanText.Number(actual.Value)} in {actual.Period} "
            + $"(target {PlanText.Number(definition.Target.Resolved)} by {definition.Target.By})",
            actual.Source, false);
}
