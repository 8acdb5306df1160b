using System.Globalization;
using CsvHelper;
using Priorities.Assessments;
using Priorities.Engine.Diagnostics;
using Priorities.Import;
using Priorities.Import.Csv;

namespace Priorities.Import.Harm;

/// <summary>
/// Imports harm weights per category (such as the Cambridge Crime Harm Index summary by data.police.uk crime type)
/// as harm facts that keep their source and date; categories the table lacks are noted. A table by offence subgroup
/// (with a <c>prc_subgroup</c> column and national counts) gives count-weighted means per category and per ONS
/// offence group (<see cref="HarmSubgroups"/>).
/// </summary>
public static class HarmImporter
{
    private static readonly string[] CategoryColumns = ["crime_type", "category", "Crime type"];
    private static readonly string[] WeightColumns = ["cchi_days", "weight", "days"];

    /// <summary>Reads the table and builds an assessment holding its harm facts.</summary>
    /// <param name="options">What to read.</param>
    /// <param name="cancellationToken">Stops the import.</param>
    /// <returns>The assessment (only its harm facts, data-quality notes and sources are filled) and the warnings.</returns>
    /// <exception cref="ImportException">The file is missing, lacks the columns, repeats a category or has a weight that is not a number.</exception>
    public static Task<ImportResult> ImportAsync(HarmImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Task.Run(() => Import(options, cancellationToken), cancellationToken);
    }

    private static ImportResult Import(HarmImportOptions options, CancellationToken cancellationToken)
    {
        if (!File.Exists(options.Input)) throw ImportException.At(ImportCodes.NotFound, options.Input, 0, "no such file.");
        var source = options.Source ?? $"Cambridge Crime Harm Index, weights per data.police.uk category ({Path.GetFileName(options.Input)})";
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        var rows = CsvSource.Read(options.Input, CsvOptions.Strict(), csv => ReadWeights(csv.Reader, options, weights, diagnostics, cancellationToken));
        var facts = weights.Select(w => Fact(w.Key, w.Value, options, source)).ToList();
        var notes = AddMissing(weights, options, source, facts);
        return new ImportResult
        {
            Assessment = FactsOnly.Assessment() with { Harm = facts, DataQuality = notes, Sources = [source + "."] },
            Diagnostics = diagnostics,
            FilesRead = 1,
            RowsRead = rows,
        };
    }

    /// <summary>Notes each data.police.uk category the table lacks, adding a fact with the assumed weight when one is given.</summary>
    private static List<DataQualityNote> AddMissing(Dictionary<string, double> weights, HarmImportOptions options, string source, List<HarmFact> facts)
    {
        var notes = new List<DataQualityNote>();
        foreach (var missing in CrimeCategories.All.Where(c => !weights.ContainsKey(c)))
        {
            var assumed = options.MissingWeight?.ToString(CultureInfo.InvariantCulture);
            if (options.MissingWeight is { } floor) facts.Add(Fact(missing, floor, options, $"{source}; no weight in the table, {assumed} assumed"));
            notes.Add(new DataQualityNote
            {
                Kind = DataQualityKinds.MissingCategory,
                Category = missing,
                Message = assumed is null
                    ? $"The harm table has no weight for {missing}: no harm fact."
                    : $"The harm table has no weight for {missing}; a weight of {assumed} ({options.Unit}) is assumed.",
            });
        }
        return notes;
    }

    private static long ReadWeights(CsvReader reader, HarmImportOptions options, Dictionary<string, double> weights, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (HarmSubgroups.Applies(reader)) return HarmSubgroups.Read(reader, options, weights, cancellationToken);
        var category = FactsOnly.Column(reader, CategoryColumns, options.Input);
        var weight = FactsOnly.Column(reader, WeightColumns, options.Input);
        var force = reader.TryGetFieldIndex("force", out var f) ? f : -1;
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        var forces = new SortedSet<string>(StringComparer.Ordinal);
        long rows = 0;
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows++;
            var rowForce = force < 0 ? null : reader.GetString(force).Trim();
            if (rowForce is not null) forces.Add(rowForce);
            if (options.Force is not null && rowForce is not null && !string.Equals(rowForce, options.Force.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
            var name = reader.GetString(category).Trim();
            if (!CrimeCategories.TryGetId(name, out var id))
            {
                id = ImportText.Slug(name);
                diagnostics.Add(ImportDiagnostics.Warning(ImportCodes.UnknownCrimeType, options.Input, reader.LineNumber, FieldColumn.Of(reader, category),
                    $"'{ImportText.Printable(name)}' is not a data.police.uk crime type; its category id is '{id}'."));
            }
            if (lines.TryGetValue(id, out var earlier)) throw Repeated(reader, options, id, earlier, forces, (category, force));
            lines[id] = reader.LineNumber;
            weights[id] = FactsOnly.Number(reader, weight, options.Input);
        }
        return rows;
    }

    /// <summary>A second row for a category: several forces in one table, unless one was chosen, else a repeated weight.</summary>
    private static ImportException Repeated(CsvReader reader, HarmImportOptions options, string id, long earlier, SortedSet<string> forces, (int Category, int Force) columns)
    {
        var several = forces.Count > 1 && options.Force is null;
        return several
            ? ImportException.At(ImportCodes.SeveralForces, options.Input, reader.LineNumber,
                $"the table holds several forces ({string.Join(", ", forces)}); choose one (--force).", FieldColumn.Of(reader, columns.Force))
            : ImportException.At(ImportCodes.DuplicateCategory, options.Input, reader.LineNumber,
                $"a second weight for {id} (the first is on line {earlier}).", FieldColumn.Of(reader, columns.Category));
    }

    private static HarmFact Fact(string category, double weight, HarmImportOptions options, string source) =>
        new() { Category = category, Weight = weight, Unit = options.Unit, Source = source, Date = options.Date };
}
