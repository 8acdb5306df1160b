using Priorities.Assessments;
using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>
/// A measure's target period as month counts: from the end of its baseline's period (twelve months before the
/// target's end when it has no baseline) to the end of its target's.
/// </summary>
/// <param name="From">The last month of the baseline's period.</param>
/// <param name="To">The last month of the period the target is due by.</param>
internal readonly record struct CatalogueMeasureSpan(int From, int To)
{
    /// <summary>Without a baseline, the target period is the twelve months ending with the target's period.</summary>
    private const int YearWithoutBaseline = 12;

    /// <summary>The span of a measure the loader checked (both periods read, the target's after the baseline's).</summary>
    public static CatalogueMeasureSpan Of(MeasureDefinition measure)
    {
        var to = MeasurePeriods.EndMonth(measure.Target.By) ?? 0;
        if (measure.Baseline is null) return new CatalogueMeasureSpan(to - YearWithoutBaseline, to);
        var from = MeasurePeriods.EndMonth(measure.Baseline.Period) ?? 0;
        return new CatalogueMeasureSpan(from, MeasurePeriods.EndMonth(measure.Target.By) ?? from);
    }
}
