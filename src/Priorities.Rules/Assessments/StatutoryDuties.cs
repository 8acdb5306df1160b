namespace Priorities.Assessments;

/// <summary>The statutory duties of Community Safety Partnerships, with their ids and legal basis.</summary>
public static class StatutoryDuties
{
    /// <summary>The duty ids and legal basis, in a fixed order.</summary>
    private static readonly (string Id, string Basis, bool Everywhere)[] Table =
    [
        ("prevent", "s.26 Counter-Terrorism and Security Act 2015 (Channel panels: s.36)", true),
        ("domestic-homicide-review", "s.9 Domestic Violence, Crime and Victims Act 2004", true),
        ("serious-violence", "s.8 Police, Crime, Sentencing and Courts Act 2022", true),
        ("modern-slavery", "s.52 Modern Slavery Act 2015", true),
        ("asb-case-review", "s.104 Anti-social Behaviour, Crime and Policing Act 2014", true),
        ("reducing-reoffending", "s.6 Crime and Disorder Act 1998", true),
        ("offensive-weapons-homicide-review", "s.24 Police, Crime, Sentencing and Courts Act 2022 (pilot areas only)", false),
    ];

    /// <summary>The ids of every duty, in a fixed order.</summary>
    public static IReadOnlyList<string> Ids { get; } = Array.AsReadOnly(Table.Select(row => row.Id).ToArray());

    /// <summary>The legal basis of a duty, or <see langword="null"/> for an unknown id.</summary>
    /// <param name="id">The duty id, such as <c>prevent</c>.</param>
    /// <returns>The Act and section.</returns>
    public static string? LegalBasis(string id) =>
        Array.Find(Table, row => string.Equals(row.Id, id, StringComparison.Ordinal)).Basis;

    /// <summary>
    /// Duty facts for the duties that apply to every partnership (all but Offensive Weapons Homicide Reviews,
    /// which apply only in pilot areas), each citing its legal basis.
    /// </summary>
    /// <returns>The facts, in a fixed order.</returns>
    public static IReadOnlyList<DutyFact> InForceEverywhere() =>
        Array.AsReadOnly(Table.Where(row => row.Everywhere).Select(row => new DutyFact { Id = row.Id, Source = row.Basis }).ToArray());
}
