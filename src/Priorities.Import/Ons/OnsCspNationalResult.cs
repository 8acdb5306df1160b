using Priorities.Engine.Diagnostics;

namespace Priorities.Import.Ons;

/// <summary>What <see cref="OnsCspNationalImporter"/> wrote.</summary>
public sealed record OnsCspNationalResult
{
    /// <summary>How many assessments were written, one per partnership.</summary>
    public required int Written { get; init; }

    /// <summary>How many of them have a population, and so rates and comparisons.</summary>
    public required int WithPopulation { get; init; }

    /// <summary>The warnings: partnerships left without a population, offence columns not of table C2.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The table's data rows read (each pass counted once).</summary>
    public long RowsRead { get; init; }
}
