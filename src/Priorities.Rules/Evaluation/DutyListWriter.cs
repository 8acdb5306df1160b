using System.Globalization;
using Priorities.Assessments;
using Priorities.Results;

namespace Priorities.Evaluation;

/// <summary>
/// The statutory duties of a plan: every duty in force for the assessment's period and partnership, whatever the
/// assessment lists, and the duties it lists that the table knows (even if not in force, which the reader warns
/// about), in the table's order.
/// </summary>
internal static class DutyListWriter
{
    public static IReadOnlyList<PlanDuty> Write(Assessment assessment)
    {
        var inForce = StatutoryDuties.InForce(assessment.Period, assessment.Partnership);
        var listed = (assessment.Duties ?? []).GroupBy(d => d.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var reference = Reference(assessment);
        return StatutoryDutyTable.All
            .Where(d => inForce.Contains(d) || listed.ContainsKey(d.Id))
            .Select(d => Entry(d, listed.GetValueOrDefault(d.Id), assessment.Partnership, reference))
            .ToArray();
    }

    /// <summary>
    /// The day last year's plan began: the first day of the previous period, or 12 months before this period's first
    /// day when there is none (null when neither is a month).
    /// </summary>
    public static DateOnly? Reference(Assessment assessment) =>
        Months.FirstDay(assessment.PreviousPeriod?.Start) ?? Months.FirstDay(assessment.Period.Start)?.AddMonths(-12);

    /// <summary>The status of a duty: continuing when in force before <paramref name="reference"/>.</summary>
    public static string Status(StatutoryDuty duty, DateOnly? reference) =>
        reference is { } day && duty.Since < day ? PriorityStatus.Continuing : PriorityStatus.New;

    private static PlanDuty Entry(StatutoryDuty duty, DutyFact? fact, Partnership partnership, DateOnly? reference) => new()
    {
        Id = duty.Id,
        Title = duty.Title,
        Act = duty.Act,
        Section = duty.Section,
        Since = duty.Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Status = Status(duty, reference),
        Listed = fact is not null,
        Areas = fact is { Sensitive: false, AppliesTo: { Count: > 0 } named }
            ? named.Order(StringComparer.Ordinal).ToArray()
            : PilotAreas(duty, partnership),
    };

    private static string[]? PilotAreas(StatutoryDuty duty, Partnership partnership) =>
        duty.PilotAreas?.Where(a => a.Matches(partnership)).Select(a => a.Name).ToArray() is { Length: > 0 } names
            ? names
            : null;
}
