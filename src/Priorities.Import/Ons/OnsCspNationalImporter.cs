using System.Text;
using Priorities.Assessments;
using Priorities.Import.Population;

namespace Priorities.Import.Ons;

/// <summary>
/// Writes one assessment per Community Safety Partnership of the ONS table (Table C2), each with its volumes, its
/// population and rates per 1,000 residents where its districts are known, and how each rate compares with England
/// and Wales, with all partnerships and with its nearest areas. Streams: the table is read once for the rates and
/// once more to write each partnership's assessment as its row is read, so no two assessments are held at once.
/// </summary>
public static class OnsCspNationalImporter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Reads the tables and writes the assessments into <see cref="OnsCspNationalOptions.OutputFolder"/>.</summary>
    /// <param name="options">What to read and where to write.</param>
    /// <param name="cancellationToken">Stops the import.</param>
    /// <returns>How many assessments were written, and the warnings.</returns>
    /// <exception cref="ImportException">A file is missing or not what it should be, or the mapping is wrong; nothing is written.</exception>
    public static Task<OnsCspNationalResult> ImportAsync(OnsCspNationalOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Task.Run(() => Import(options, cancellationToken), cancellationToken);
    }

    private static OnsCspNationalResult Import(OnsCspNationalOptions options, CancellationToken cancellationToken)
    {
        if (!File.Exists(options.Input)) throw ImportException.At(ImportCodes.NotFound, options.Input, 0, "no such file.");
        var population = PopulationTable.Read(options.PopulationFile);
        var neighbours = NeighbourTable.Read(options.NeighboursFile ?? BesidePopulation(options.PopulationFile));
        var mapping = DistrictMapping.Load(options.MappingFile);
        var national = NationalTable.Read(options.Input, cancellationToken);
        var assignment = PopulationAssignment.Assign(national.Partnerships, population, mapping, options.Input);
        var comparisons = new NationalComparisons(national.Categories, national.Counts, assignment, neighbours,
            national.Totals(), national.Incomplete(), population.Total);
        var context = Context(options, national.Table, population, neighbours);
        Folder(options.OutputFolder);
        var written = Write(options, national, assignment, comparisons, context, cancellationToken);
        var diagnostics = assignment.Warnings.Concat(national.Table.Columns.Where(c => OffenceGroups.IdOf(c.Header) is null)
            .Select(c => ImportDiagnostics.Warning(ImportCodes.UnknownOffenceColumn, options.Input, c.Line, c.Column,
                $"offence column '{c.Header}' is not one of table C2's; its category id is '{c.Category}'."))).ToList();
        return new OnsCspNationalResult
        {
            Written = written,
            WithPopulation = Enumerable.Range(0, national.Partnerships.Count).Count(i => assignment.PopulationOf(i) is not null),
            Diagnostics = diagnostics,
            RowsRead = national.Table.Rows,
        };
    }

    /// <summary>The second pass: each partnership's assessment built and written as its row is read.</summary>
    private static int Write(OnsCspNationalOptions options, NationalTable national, PopulationAssignment assignment,
        NationalComparisons comparisons, NationalContext context, CancellationToken cancellationToken)
    {
        var names = new AssessmentFileNames(options.Json ? ".json" : ".yaml");
        var index = 0;
        OnsTable.Read(options.Input, cancellationToken, p =>
        {
            if (index >= national.Partnerships.Count || national.Partnerships[index].Code != p.Code)
                throw ImportException.At(ImportCodes.Failed, options.Input, p.Line, "the table changed while it was read; run the import again.");
            var assessment = NationalAssessment.Build(p, assignment.PopulationOf(index),
                comparisons.Of(index, p.Name, context.Period.ToString(), context.ComparisonSource), context);
            if (options.Shared is { } shared) assessment = AssessmentMerge.Merge(assessment, shared);
            var text = options.Json ? AssessmentSerializer.ToJson(assessment) : AssessmentSerializer.ToYaml(assessment);
            WriteFile(Path.Combine(options.OutputFolder, names.Next(p.Name, p.Code)), text);
            index++;
        });
        return index;
    }

    private static NationalContext Context(OnsCspNationalOptions options, OnsTable table, PopulationTable population, NeighbourTable neighbours)
    {
        var period = options.Period ?? OnsTitle.Period(table.Title)
            ?? throw ImportException.At(ImportCodes.NoPeriod, options.Input, 1, "the title does not say which year the table covers ('year ending <month> <year>'); give the period explicitly (--period).");
        var label = OnsCspImporter.PeriodText(period, table.Title);
        var source = $"ONS police recorded crime by Community Safety Partnership area, {label} ({Path.GetFileName(options.Input)})";
        string[] tableSources = [$"{source}. {Licences.OpenGovernmentAttribution}"];
        string[] sources = [.. tableSources, $"{population.Source} {Licences.OpenGovernmentAttribution}",
            .. neighbours.Source is { } nearest ? [$"{nearest} {Licences.OpenGovernmentAttribution}"] : Array.Empty<string>()];
        var near = neighbours.Path is { } path ? $"; nearest areas: {Path.GetFileName(path)}" : string.Empty;
        var comparisonSource = $"{source}; residents: {Path.GetFileName(population.Path)}{near}";
        return new NationalContext(period, label, source, comparisonSource, tableSources, sources, options.IncludeStatutoryDuties);
    }

    /// <summary>The ONS nearest-areas file beside the population table, when there is one.</summary>
    private static string? BesidePopulation(string populationFile)
    {
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(populationFile)) ?? ".", "lad_neighbours.json");
        return File.Exists(beside) ? beside : null;
    }

    private static void Folder(string folder)
    {
        try
        {
            if (File.Exists(folder)) throw new IOException("it is a file, not a folder.");
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw ImportException.At(ImportCodes.OutputFolder, folder, 0, "the output folder cannot be made: " + e.Message);
        }
    }

    /// <summary>Writes to a temporary file beside <paramref name="path"/> and moves it over, so no file is left half-written.</summary>
    private static void WriteFile(string path, string text)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text, Utf8);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ImportException.At(ImportCodes.OutputFolder, path, 0, "cannot be written: " + e.Message);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
