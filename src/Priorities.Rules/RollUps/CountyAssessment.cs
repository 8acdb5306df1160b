using Priorities.Assessments;

namespace Priorities.RollUps;

/// <summary>
/// The assessment a roll-up is evaluated against: the county named, the districts as its areas, their Police and
/// Crime Plan priorities and sources together, their period when they share one (else the span of them all), and
/// no crime figures of its own: the roll-up's evidence is the districts' plans.
/// </summary>
internal static class CountyAssessment
{
    public static Assessment Build(string name, IReadOnlyList<DistrictPlan> districts)
    {
        var assessments = districts.Select(d => d.Assessment).ToArray();
        return new Assessment
        {
            Partnership = new Partnership { Name = name, Areas = districts.Select(d => d.Plan.Partnership.Name).Distinct().ToArray() },
            Period = Period(assessments.Select(a => a.Period).ToArray())!,
            PreviousPeriod = Period(assessments.Select(a => a.PreviousPeriod).ToArray()),
            PccPriorities = assessments.SelectMany(a => a.PccPriorities).Distinct(StringComparer.Ordinal).ToArray(),
            Sources = assessments.SelectMany(a => a.Sources).Distinct(StringComparer.Ordinal).ToArray(),
        };
    }

    /// <summary>The one period all share, else the span from the earliest start to the latest end; null if any is null.</summary>
    private static AssessmentPeriod? Period(AssessmentPeriod?[] periods)
    {
        if (periods.Any(p => p is null)) return null;
        if (periods.Distinct().Count() == 1) return periods[0];
        return new AssessmentPeriod
        {
            Start = periods.Select(p => p!.Start).Min(StringComparer.Ordinal)!,
            End = periods.Select(p => p!.End).Max(StringComparer.Ordinal)!,
        };
    }
}
