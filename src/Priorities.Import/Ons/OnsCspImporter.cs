using Priorities.Assessments;
using Priorities.Engine.Diagnostics;
using Priorities.Import;
using Priorities.Import.Population;

namespace Priorities.Import.Ons;

/// <summary>
/// Imports the ONS table of police recorded crime by Community Safety Partnership area (Table C2) as volume facts:
/// one per offence group and partnership, with the force totals and unassigned rows left out and noted.
/// </summary>
public static class OnsCspImporter
{
    /// <summary>Reads the table and builds an assessment holding its volume facts.</summary>
    /// <param name="options">What to read.</param>
    /// <param name="cancellationToken">Stops the import.</param>
    /// <returns>The assessment and the warnings.</returns>
    /// <exception cref="ImportException">The file is missing or not such a table, a count is not a number, or a requested partnership is not in it.</exception>
    public static Task<ImportResult> ImportAsync(OnsCspImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Task.Run(() => Import(options, cancellationToken), cancellationToken);
    }

    private static ImportResult Import(OnsCspImportOptions options, CancellationToken cancellationToken)
    {
        if (!File.Exists(options.Input)) throw ImportException.At(ImportCodes.NotFound, options.Input, 0, "no such file.");
        var table = OnsTable.Read(options.Input, cancellationToken);
        var period = options.Period ?? OnsTitle.Period(table.Title)
            ?? throw ImportException.At(ImportCodes.NoPeriod, options.Input, 1, "the title does not say which year the table covers ('year ending <month> <year>'); give the period explicitly (--period).");
        var chosen = Choose(table, options);
        var source = $"ONS police recorded crime by Community Safety Partnership area, {PeriodText(period, table.Title)} ({Path.GetFileName(options.Input)})";
        var notes = new List<DataQualityNote>();
        var volumes = chosen.SelectMany(p => Volumes(p, period, source, notes)).ToList();
        notes.AddRange(ExcludedNotes(table, chosen, options.Areas.Count > 0));
        var diagnostics = table.Columns.Where(c => OffenceGroups.IdOf(c.Header) is null)
            .Select(c => ImportDiagnostics.Warning(ImportCodes.UnknownOffenceColumn, options.Input, c.Line, c.Column, $"offence column '{c.Header}' is not one of table C2's; its category id is '{c.Category}'."))
            .ToList();
        var assessment = Assessment(options, chosen, period, PeriodText(period, table.Title), volumes, notes, source);
        return new ImportResult
        {
            Assessment = WithPopulation(assessment, chosen, options.PopulationFile, diagnostics),
            Diagnostics = diagnostics,
            FilesRead = 1,
            RowsRead = table.Rows,
        };
    }

    /// <summary>Notes on the rows left out: all of them for a whole table, those of the chosen partnerships' forces otherwise.</summary>
    private static IEnumerable<DataQualityNote> ExcludedNotes(OnsTable table, List<OnsPartnership> chosen, bool someAreas)
    {
        var forces = chosen.Select(p => p.Force).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return table.Excluded
            .Where(row => !someAreas || forces.Contains(row.Force))
            .GroupBy(row => row.Reason)
            .Select(group => new DataQualityNote
            {
                Kind = DataQualityKinds.ExcludedRows,
                Count = group.Count(),
                Message = $"{OnsExcludedRow.Describe(group.Key, group.Count())} left out, not partnerships: {string.Join("; ", group.Take(10).Select(r => r.Label))}{(group.Count() > 10 ? "; and more" : string.Empty)}.",
            });
    }

    private static List<OnsPartnership> Choose(OnsTable table, OnsCspImportOptions options)
    {
        if (options.Areas.Count == 0) return table.Partnerships;
        var missing = options.Areas.Where(a => !table.Partnerships.Any(p => Matches(p, a))).ToList();
        if (missing.Count > 0)
            throw ImportException.At(ImportCodes.UnknownPartnership, options.Input, 0, $"no partnership named {string.Join(", ", missing.Select(m => $"'{m}'"))} in the table (names and codes are matched ignoring case).");
        return table.Partnerships.Where(p => options.Areas.Any(a => Matches(p, a))).ToList();
    }

    private static bool Matches(OnsPartnership partnership, string area) =>
        string.Equals(partnership.Name, area.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(partnership.Code, area.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>A partnership's counts per category, with violent crime (violence against the person plus sexual offences) when the table lacks it.</summary>
    internal static Dictionary<string, int?> Counts(IReadOnlyDictionary<string, int?> table)
    {
        var values = new Dictionary<string, int?>(table);
        if (values.TryGetValue(OffenceGroups.ViolenceAgainstThePerson, out var violence) && values.TryGetValue(OffenceGroups.SexualOffences, out var sexual)
            && !values.ContainsKey(OffenceGroups.ViolentCrime))
            values[OffenceGroups.ViolentCrime] = violence + sexual;
        return values;
    }

    internal static IEnumerable<VolumeFact> Volumes(OnsPartnership partnership, MonthRange period, string source, List<DataQualityNote> notes)
    {
        var values = Counts(partnership.Values);
        foreach (var (category, count) in values)
        {
            if (count is { } known)
            {
                yield return new VolumeFact
                {
                    Category = category, Area = partnership.Name, AreaCode = partnership.Code, Count = known, Period = period.ToString(),
                    Geography = Geographies.Local, Source = source,
                };
                continue;
            }
            notes.Add(new DataQualityNote { Kind = DataQualityKinds.Unavailable, Category = category, Area = partnership.Name, Message = $"{category} in {partnership.Name} is unavailable in the table ([x]); no volume fact." });
        }
    }

    private static Assessment Assessment(OnsCspImportOptions options, List<OnsPartnership> chosen, MonthRange period, string label, List<VolumeFact> volumes, List<DataQualityNote> notes, string source)
    {
        var single = chosen.Count == 1 ? chosen[0] : null;
        var name = single?.Name ?? options.PartnershipName ?? (options.Areas.Count == 0 ? "England and Wales" : string.Join(", ", chosen.Select(p => p.Name)));
        return new Assessment
        {
            Partnership = new Partnership { Name = name, Code = single?.Code, Areas = chosen.Select(p => p.Name).ToArray() },
            Period = new AssessmentPeriod { Start = period.Start.ToString(), End = period.End.ToString(), Label = label },
            Volumes = volumes,
            Duties = options.IncludeStatutoryDuties ? StatutoryDuties.InForceEverywhere() : [],
            DataQuality = notes,
            Sources = [$"{source}. {Licences.OpenGovernmentAttribution}"],
        };
    }

    /// <summary>The assessment with the partnership's population from the table, when one partnership is kept and the table has it.</summary>
    private static Assessment WithPopulation(Assessment assessment, List<OnsPartnership> chosen, string? file,
        List<Diagnostic> diagnostics)
    {
        if (file is null) return assessment;
        var table = PopulationTable.Read(file);
        var found = chosen.Select(p => (p.Name, Residents: table.Of(p.Name) ?? table.Of(p.Code))).ToList();
        foreach (var (name, _) in found.Where(f => f.Residents is null))
            diagnostics.Add(ImportDiagnostics.Warning(ImportCodes.NoPopulation, file, 0, 0,
                $"no population for {name}: its rates per 1,000 are unknown."));
        if (found.Any(f => f.Residents is null)) return assessment;
        return assessment with
        {
            Partnership = assessment.Partnership with { Population = found.Sum(f => f.Residents!.Value) },
            Sources = [.. assessment.Sources, $"{table.Source} {Licences.OpenGovernmentAttribution}"],
        };
    }

    internal static string PeriodText(MonthRange period, string title) =>
        OnsTitle.Period(title) == period ? $"year ending {period.End.ToLongText()}" : period.ToLongText();
}
