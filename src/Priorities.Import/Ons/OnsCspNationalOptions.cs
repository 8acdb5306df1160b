namespace Priorities.Import.Ons;

/// <summary>What <see cref="OnsCspNationalImporter"/> reads and where it writes.</summary>
public sealed record OnsCspNationalOptions
{
    /// <summary>The ONS "recorded crime by Community Safety Partnership area" table (Table C2) as CSV.</summary>
    public required string Input { get; init; }

    /// <summary>
    /// Usual residents per local authority district (such as the ONS census table <c>lad_population_2011_2021.csv</c>),
    /// covering England and Wales: its total is the England and Wales population.
    /// </summary>
    public required string PopulationFile { get; init; }

    /// <summary>
    /// A YAML mapping of partnership (name or ONS code) to the district codes it covers, for partnerships that
    /// combine several districts or whose district the population table lacks.
    /// </summary>
    public string? MappingFile { get; init; }

    /// <summary>
    /// The nearest districts of each district (the ONS <c>lad_neighbours.json</c>); by default that file beside the
    /// population table, when there is one. Without it the neighbour ranks are unknown.
    /// </summary>
    public string? NeighboursFile { get; init; }

    /// <summary>The folder the assessments are written to, one file per partnership; made when missing.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>Whether the assessments are written as JSON (<c>.json</c>) rather than YAML (<c>.yaml</c>).</summary>
    public bool Json { get; init; }

    /// <summary>The months the table covers; by default read from its title.</summary>
    public MonthRange? Period { get; init; }

    /// <summary>
    /// Facts every partnership shares, such as the harm weights of <c>HarmImporter</c>, merged into each assessment
    /// as <see cref="AssessmentMerge.Merge"/> does (its fact lists, notes and sources added).
    /// </summary>
    public Priorities.Assessments.Assessment? Shared { get; init; }

    /// <summary>Whether the duties in force in every partnership are added.</summary>
    public bool IncludeStatutoryDuties { get; init; } = true;
}
