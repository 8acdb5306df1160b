using Priorities.Engine.Diagnostics;
using Priorities.Import;
using Priorities.Import.Csv;

namespace Priorities.Import.PoliceUk;

/// <summary>
/// Imports data.police.uk street-level crime files into an assessment: trend facts per category and area for the
/// current window against the previous one, and data-quality notes for every row that was not counted.
/// </summary>
/// <remarks>
/// Files are streamed (memory does not grow with rows) and read in parallel; counts are exact and do not depend on
/// the order or split of the rows, nor on the files' names. Only where a data.police.uk street file
/// (<c>YYYY-MM-force-street.csv</c>) also holds rows of another month may some crime ids go unchecked for repeats,
/// and then a data-quality note (<c>unchecked-ids</c>) says so. A row counts when its LSOA is in a requested area,
/// its crime type is known and its crime id does not repeat one already counted that month; otherwise it is skipped
/// under the first reason that applies, in that order.
/// </remarks>
public static class PoliceUkImporter
{
    /// <summary>How many files each worker may have read (or be reading) ahead of the merge, which bounds memory.</summary>
    private const int ReadAheadPerWorker = 2;

    /// <summary>Reads the files and builds the assessment.</summary>
    /// <param name="options">What to read and how.</param>
    /// <param name="cancellationToken">Stops the import.</param>
    /// <returns>The assessment and the warnings.</returns>
    /// <exception cref="ImportException">
    /// A file is missing, not a data.police.uk CSV, malformed (a bad month, ragged rows, broken quoting), truncated
    /// or empty; or a window misses months and <see cref="PoliceUkImportOptions.AllowGaps"/> is off. Every file's
    /// problem is reported.
    /// </exception>
    public static async Task<ImportResult> ImportAsync(PoliceUkImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var mapping = AreaMapping.Load(options.MappingFile);
        var skipped = new List<Diagnostic>();
        var files = InputFiles.Expand(options.Inputs, skipped);
        var catalog = new AreaCatalog(options.Areas, mapping);
        var workers = options.MaxDegreeOfParallelism is > 0 and var n ? n : Environment.ProcessorCount;
        var parallelism = Math.Max(1, Math.Min(workers, files.Count));
        var merge = new PoliceUkMerge(files, readAhead: ReadAheadPerWorker * parallelism);
        var tallies = await PoliceUkReadLoop.RunAsync(files.Count, (i, token) => PoliceUkFileReader.Read(files[i], catalog, token), merge, parallelism, cancellationToken).ConfigureAwait(false);
        var errors = tallies.Where(t => t.Error is not null).Select(t => t.Error!).ToList();
        if (errors.Count > 0) throw new ImportException(errors);
        var totals = merge.Totals;
        var result = new PoliceUkAssessmentBuilder(options, catalog, totals, tallies).Build();
        return skipped.Count == 0 ? result : result with { Diagnostics = [.. skipped, .. result.Diagnostics] };
    }
}
