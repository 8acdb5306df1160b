using Priorities.Import;

namespace Priorities.Import.Harm;

/// <summary>What <see cref="HarmImporter"/> reads.</summary>
public sealed record HarmImportOptions
{
    /// <summary>
    /// A CSV of harm weights per category: a category column (<c>crime_type</c>, <c>category</c> or <c>Crime type</c>:
    /// a data.police.uk crime type name or category id) and a weight column (<c>cchi_days</c>, <c>weight</c> or <c>days</c>).
    /// </summary>
    public required string Input { get; init; }

    /// <summary>The force whose rows to keep, when the table has a <c>force</c> column with several forces.</summary>
    public string? Force { get; init; }

    /// <summary>The unit of the weights.</summary>
    public string Unit { get; init; } = "CCHI days";

    /// <summary>Where the weights came from; by default the Cambridge Crime Harm Index and the file name.</summary>
    public string? Source { get; init; }

    /// <summary>When the weights were published (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>).</summary>
    public string? Date { get; init; }

    /// <summary>A weight for the data.police.uk categories the table lacks (such as 1 for anti-social behaviour); none by default.</summary>
    public double? MissingWeight { get; init; }
}
