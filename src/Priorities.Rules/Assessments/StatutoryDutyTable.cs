namespace Priorities.Assessments;

/// <summary>
/// The shipped table of statutory duties: the one source of truth for their ids, legal basis, commencement and pilot
/// areas. Each commencement date is cited from legislation.gov.uk or gov.uk (see the comment on each row).
/// </summary>
internal static class StatutoryDutyTable
{
    /// <summary>The duties, in the order plans list them (oldest first, then by Act and section).</summary>
    public static IReadOnlyList<StatutoryDuty> All { get; } =
    [
        // Crime and Disorder Act 1998 ss.5 to 9 and 17: in force 30 September 1998, art. 2(1)(a) and (f) of the
        // Crime and Disorder Act 1998 (Commencement No. 2 and Transitional Provisions) Order 1998 (SI 1998/2327).
        new("reducing-reoffending", "Crime and disorder strategy: crime, reoffending and substance misuse",
            "Crime and Disorder Act 1998", "s.6", new DateOnly(1998, 9, 30), null),
        new("crime-disorder-implications", "Duty to consider crime and disorder implications",
            "Crime and Disorder Act 1998", "s.17", new DateOnly(1998, 9, 30), null),
        // DVCVA 2004 s.9: legislation.gov.uk shows the section "valid from 13/04/2011".
        new("domestic-homicide-review", "Domestic Homicide Reviews",
            "Domestic Violence, Crime and Victims Act 2004", "s.9", new DateOnly(2011, 4, 13), null),
        // ASBCPA 2014 Part 6 (ss.104 and 105): in force 20 October 2014, art. 3(d) of SI 2014/2590.
        new("asb-case-review", "Anti-social Behaviour Case Review (formerly the community trigger)",
            "Anti-social Behaviour, Crime and Policing Act 2014", "s.104", new DateOnly(2014, 10, 20), null),
        // CTSA 2015 s.36: in force 12 April 2015, two months after Royal Assent (s.52(2)(a) of the Act; noted so on
        // legislation.gov.uk). s.26: in force 1 July 2015 (commencement regulations made 26 March 2015;
        // legislation.gov.uk: "S. 26 in force at 1.7.2015"; later for further and higher education, not CSP members).
        new("channel-panel", "Channel panels",
            "Counter-Terrorism and Security Act 2015", "s.36", new DateOnly(2015, 4, 12), null),
        new("prevent", "Prevent duty",
            "Counter-Terrorism and Security Act 2015", "s.26", new DateOnly(2015, 7, 1), null),
        // MSA 2015 s.52: in force 1 November 2015 (Home Office Circular 025/2015, gov.uk, published 2 November 2015).
        new("modern-slavery", "Duty to notify suspected victims of modern slavery",
            "Modern Slavery Act 2015", "s.52", new DateOnly(2015, 11, 1), null),
        // PCSCA 2022 ss.8 to 12: in force 31 January 2023 (Police, Crime, Sentencing and Courts Act 2022 commencement
        // schedule, gov.uk: "31 January 2023 – insofar as not already in force (No. 5 Regulations)").
        new("serious-violence", "Serious Violence Duty",
            "Police, Crime, Sentencing and Courts Act 2022", "s.8", new DateOnly(2023, 1, 31), null),
        // PCSCA 2022 ss.24 to 36: piloted from 1 April 2023 under s.34 by the Police, Crime, Sentencing and Courts Act
        // 2022 (Commencement No. 1) (England and Wales) Regulations 2023 (SI 2023/227), whose pilot partners are the
        // police and local authorities of the South Wales police area, the London boroughs of Barnet, Brent, Harrow,
        // Lambeth and Southwark, and Birmingham and Coventry. SI 2023/227 sets a pilot period of 9 months; MOPAC
        // decision PCD 1635 describes an 18-month pilot funded to 31 March 2025. No end is recorded here: the
        // extension's instrument was not found, so an assessment after the pilot should list its duties itself.
        new("offensive-weapons-homicide-review", "Offensive Weapons Homicide Reviews",
            "Police, Crime, Sentencing and Courts Act 2022", "ss.24–36", new DateOnly(2023, 4, 1), OwhrPilotAreas()),
    ];

    /// <summary>
    /// The pilot areas of SI 2023/227 with their ONS codes (CSP code, then local authority codes, from ONS table
    /// C2 of recorded crime by Community Safety Partnership, year ending June 2025).
    /// </summary>
    private static PilotArea[] OwhrPilotAreas() =>
    [
        new("Barnet", "E22000187", "E09000003"),
        new("Brent", "E22000189", "E09000005"),
        new("Harrow", "E22000200", "E09000015"),
        new("Lambeth", "E22000207", "E09000022"),
        new("Southwark", "E22000213", "E09000028"),
        new("Birmingham", "E22000335", "E08000025"),
        new("Coventry", "E22000336", "E08000026"),
        new("Bridgend", "W14000013", "W06000013"),
        new("Cardiff", "W14000015", "W06000015"),
        new("Cwm Taf", "W14000023", "W06000024", "W06000016"),
        new("Merthyr Tydfil", "W06000024"),
        new("Rhondda Cynon Taf", "W06000016"),
        new("Neath Port Talbot", "W14000012", "W06000012"),
        new("Swansea", "W14000011", "W06000011"),
        new("Vale of Glamorgan", "W14000014", "W06000014"),
    ];
}
