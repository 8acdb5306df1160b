using System.Text.RegularExpressions;
using CsvHelper;
using Priorities.Assessments;
using Priorities.Import;
using Priorities.Import.Csv;

namespace Priorities.Import.Concern;

/// <summary>
/// Imports survey concern (such as the CSEW crime concern index, Latin-1 encoded) as concern facts: for each
/// category, the share concerned at the latest date of its measure, with the survey, question and date as source.
/// </summary>
public static partial class ConcernImporter
{
    private static readonly string[] Columns = ["Varname", "Date", "Demographic", "Index", "Poll", "Question"];

    /// <summary>Reads the index and builds an assessment holding its concern facts.</summary>
    /// <param name="options">What to read.</param>
    /// <param name="cancellationToken">Stops the import.</param>
    /// <returns>The assessment (only its concern facts, data-quality notes and sources are filled) and the warnings.</returns>
    /// <exception cref="ImportException">The file is missing, lacks a column, or has a share that is not a number from 0 to 1.</exception>
    public static Task<ImportResult> ImportAsync(ConcernImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Task.Run(() => Import(options, cancellationToken), cancellationToken);
    }

    private static ImportResult Import(ConcernImportOptions options, CancellationToken cancellationToken)
    {
        if (!File.Exists(options.Input)) throw ImportException.At(ImportCodes.NotFound, options.Input, 0, "no such file.");
        var latest = new SortedDictionary<string, ConcernFact>(StringComparer.Ordinal);
        var unused = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var rows = CsvSource.Read(options.Input, CsvOptions.Strict(options.Encoding), csv => Read(csv.Reader, options, latest, unused, cancellationToken));
        var facts = latest.Values.OrderBy(f => f.Category, StringComparer.Ordinal).ToList();
        var skipped = unused.Values.Sum();
        var note = new DataQualityNote
        {
            Kind = DataQualityKinds.SkippedRows,
            Count = skipped,
            Message = $"{ImportText.Count(rows, "row", "rows")} of survey concern read; {ImportText.Count(facts.Count)} measures used (the latest {options.Demographic} value of each); "
                + $"{ImportText.Count(skipped)} rows of other demographics or measures not mapped to a category ({string.Join(", ", unused.Keys.Take(8))}{(unused.Count > 8 ? ", …" : string.Empty)}).",
        };
        var source = $"Survey concern index ({Path.GetFileName(options.Input)}), {options.Demographic}.";
        return new ImportResult { Assessment = FactsOnly.Assessment() with { Concern = facts, DataQuality = [note], Sources = [source] }, FilesRead = 1, RowsRead = rows };
    }

    private static long Read(CsvReader reader, ConcernImportOptions options, SortedDictionary<string, ConcernFact> latest, SortedDictionary<string, long> unused, CancellationToken cancellationToken)
    {
        var columns = Columns.Select(c => FactsOnly.Column(reader, [c], options.Input)).ToArray();
        long rows = 0;
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows++;
            var measure = reader.GetString(columns[0]).Trim();
            var demographic = reader.GetString(columns[2]).Trim();
            if (!ConcernMeasures.Categories.TryGetValue(measure, out var category) || !string.Equals(demographic, options.Demographic, StringComparison.OrdinalIgnoreCase))
            {
                unused[measure] = unused.GetValueOrDefault(measure) + 1;
                continue;
            }
            var date = reader.GetString(columns[1]).Trim();
            if (latest.TryGetValue(measure, out var known) && string.CompareOrdinal(known.Date, date) >= 0) continue;
            var share = FactsOnly.Number(reader, columns[3], options.Input);
            if (share is < 0 or > 1) throw ImportException.At(ImportCodes.OutOfRange, options.Input, reader.LineNumber, $"the share concerned is {share}, not from 0 to 1.", FieldColumn.Of(reader, columns[3]));
            var source = $"{reader.GetString(columns[4]).Trim()} {measure}, {demographic}: {Question(reader.GetString(columns[5]))}";
            latest[measure] = new ConcernFact { Category = category, Share = ImportText.Round(share, 4), Source = source, Geography = options.Geography, Date = date };
        }
        return rows;
    }

    /// <summary>The question without its answer scale and trailing survey code, which the file gives in brackets.</summary>
    private static string Question(string text) => ImportText.Normalize(Scale().Replace(text, string.Empty));

    [GeneratedRegex(@"\s*(\[(\d+-point|Yes/No|Likert|Increase)[^\]]*\]|\([A-Z/ ]+\))", RegexOptions.CultureInvariant)]
    private static partial Regex Scale();
}
