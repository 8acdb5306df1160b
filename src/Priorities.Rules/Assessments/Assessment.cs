namespace Priorities.Assessments;

/// <summary>
/// A partnership's strategic assessment: the evidence a rule set reads. Every list holds facts that the rule
/// language matches by their fields; any fact may be marked <c>sensitive</c>, which keeps it out of public reports.
/// </summary>
/// <remarks>Serialise it with <see cref="AssessmentSerializer"/>: JSON in camelCase, YAML with the same keys.</remarks>
public sealed record Assessment
{
    /// <summary>The partnership the assessment is for.</summary>
    public required Partnership Partnership { get; init; }

    /// <summary>The period the counts cover (the current window).</summary>
    public required AssessmentPeriod Period { get; init; }

    /// <summary>The period the trends compare against, when there is one.</summary>
    public AssessmentPeriod? PreviousPeriod { get; init; }

    /// <summary>Recorded crime and anti-social behaviour per category and area, against the previous period.</summary>
    public IReadOnlyList<TrendFact> Trends { get; init; } = [];

    /// <summary>Recorded crime volumes from published tables (such as ONS table C2), per category and area.</summary>
    public IReadOnlyList<VolumeFact> Volumes { get; init; } = [];

    /// <summary>Rates per 1,000 residents compared with England and Wales, all partnerships and the nearest areas.</summary>
    public IReadOnlyList<ComparisonFact> Comparisons { get; init; } = [];

    /// <summary>Harm weights per category, such as Cambridge Crime Harm Index days.</summary>
    public IReadOnlyList<HarmFact> Harm { get; init; } = [];

    /// <summary>Community concern per category, from surveys or consultation.</summary>
    public IReadOnlyList<ConcernFact> Concern { get; init; } = [];

    /// <summary>Vulnerability indicators.</summary>
    public IReadOnlyList<VulnerabilityFact> Vulnerability { get; init; } = [];

    /// <summary>
    /// Statutory duties in force and where they apply; null (the default, or no <c>duties</c> key) when the
    /// assessment does not list them, and then the duties in force for its period and partnership are inferred from
    /// <see cref="StatutoryDuties"/>. A list, even an empty one, overrides that inference.
    /// </summary>
    public IReadOnlyList<DutyFact>? Duties { get; init; }

    /// <summary>The Police and Crime Plan's priorities (category or priority ids) that the partnership must have regard to.</summary>
    public IReadOnlyList<string> PccPriorities { get; init; } = [];

    /// <summary>
    /// The priority ids of last year's plan, to tell new priorities from continuing ones: read as a one-year
    /// <see cref="History"/> (the year before the end year of <see cref="Period"/>). Not together with a history.
    /// </summary>
    public IReadOnlyList<string> PreviousPlan { get; init; } = [];

    /// <summary>
    /// Actual values of the rule set's measures (its catalogue's <c>measures</c>), each for a period; the plan compares
    /// each measure's latest actual with its target.
    /// </summary>
    public IReadOnlyList<MeasureActual> Actuals { get; init; } = [];

    /// <summary>
    /// The plans the partnership adopted in earlier years, to tell new, continuing and returning priorities apart;
    /// each year at most once, every year before the end year of <see cref="Period"/>.
    /// </summary>
    public IReadOnlyList<PlanHistoryEntry> History { get; init; } = [];

    /// <summary>Notes on the quality of the evidence: small numbers, recording changes, gaps and skipped rows.</summary>
    public IReadOnlyList<DataQualityNote> DataQuality { get; init; } = [];

    /// <summary>Where the evidence came from, with its licence attribution; one line per source.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}
