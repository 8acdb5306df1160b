using Priorities.Import;

namespace Priorities.Import.Ons;

/// <summary>What <see cref="OnsCspImporter"/> reads.</summary>
public sealed record OnsCspImportOptions
{
    /// <summary>The ONS "recorded crime by Community Safety Partnership area" table (Table C2) as CSV.</summary>
    public required string Input { get; init; }

    /// <summary>The partnerships to keep, by name or ONS code (ignoring case). Empty: every partnership in the table.</summary>
    public IReadOnlyList<string> Areas { get; init; } = [];

    /// <summary>The months the table covers; by default read from its title (<c>year ending June 2025</c>).</summary>
    public MonthRange? Period { get; init; }

    /// <summary>The partnership's name when several areas are kept; by default their names joined (or England and Wales).</summary>
    public string? PartnershipName { get; init; }

    /// <summary>
    /// A CSV of usual residents per area (such as the ONS census table by local authority), matched to the
    /// partnership by name or code, for its population.
    /// </summary>
    public string? PopulationFile { get; init; }

    /// <summary>Whether the duties in force in every partnership are added.</summary>
    public bool IncludeStatutoryDuties { get; init; } = true;
}
