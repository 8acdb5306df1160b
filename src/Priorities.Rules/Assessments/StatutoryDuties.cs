namespace Priorities.Assessments;

/// <summary>
/// The statutory duties of Community Safety Partnerships, with their ids, legal basis and commencement (the table is
/// <see cref="StatutoryDutyTable"/>; rules/README.md lists it).
/// </summary>
public static class StatutoryDuties
{
    /// <summary>The ids of every duty, in a fixed order.</summary>
    public static IReadOnlyList<string> Ids { get; } = Array.AsReadOnly(StatutoryDutyTable.All.Select(d => d.Id).ToArray());

    /// <summary>The legal basis of a duty, or <see langword="null"/> for an unknown id.</summary>
    /// <param name="id">The duty id, such as <c>prevent</c>.</param>
    /// <returns>The Act and section.</returns>
    public static string? LegalBasis(string id) => Find(id)?.Basis;

    /// <summary>
    /// Duty facts for the duties that apply to every partnership (all but pilot duties such as Offensive Weapons
    /// Homicide Reviews), each citing its legal basis. Every duty of the table has commenced.
    /// </summary>
    /// <returns>The facts, in a fixed order.</returns>
    public static IReadOnlyList<DutyFact> InForceEverywhere() =>
        Array.AsReadOnly(StatutoryDutyTable.All.Where(d => d.PilotAreas is null).Select(Fact).ToArray());

    /// <summary>The duty with this id, or null.</summary>
    internal static StatutoryDuty? Find(string id) =>
        StatutoryDutyTable.All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// The duties in force for a partnership in a period: commenced by the period's last day and, for pilot duties,
    /// the partnership is a pilot area. Empty when the period's end is not a month (the reader refuses those).
    /// </summary>
    internal static IReadOnlyList<StatutoryDuty> InForce(AssessmentPeriod period, Partnership partnership) =>
        Months.LastDay(period.End) is { } end ? InForce(end, partnership) : [];

    /// <summary>The duties in force for a partnership on a day (for pilot duties, in its areas only).</summary>
    internal static IReadOnlyList<StatutoryDuty> InForce(DateOnly day, Partnership partnership) =>
        StatutoryDutyTable.All.Where(d => d.InForceBy(day) && d.AppliesTo(partnership)).ToArray();

    /// <summary>
    /// The duty facts inferred for an assessment that lists no duties: those
    /// <see cref="InForce(AssessmentPeriod, Partnership)"/>.
    /// </summary>
    internal static IReadOnlyList<DutyFact> Inferred(AssessmentPeriod period, Partnership partnership) =>
        InForce(period, partnership).Select(Fact).ToArray();

    private static DutyFact Fact(StatutoryDuty duty) => new() { Id = duty.Id, Source = duty.Basis };
}
