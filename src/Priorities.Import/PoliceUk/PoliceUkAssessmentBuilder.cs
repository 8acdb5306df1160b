using Priorities.Assessments;
using Priorities.Engine.Diagnostics;
using Priorities.Import;
using Priorities.Import.Population;

namespace Priorities.Import.PoliceUk;

/// <summary>Turns the merged counts of a police.uk import into an assessment, checking the windows for gaps.</summary>
internal sealed class PoliceUkAssessmentBuilder
{
    private static readonly int CategoryCount = CrimeCategories.All.Count;
    private readonly PoliceUkImportOptions _options;
    private readonly AreaCatalog _catalog;
    private readonly PoliceUkTotals _totals;
    private readonly IReadOnlyList<FileTally> _tallies;
    private readonly MonthRange _current;
    private readonly MonthRange _previous;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly PopulationTable? _populationTable;

    public PoliceUkAssessmentBuilder(PoliceUkImportOptions options, AreaCatalog catalog, PoliceUkTotals totals, IReadOnlyList<FileTally> tallies)
    {
        _options = options;
        _catalog = catalog;
        _totals = totals;
        _tallies = tallies;
        _current = options.Current;
        _previous = options.Previous ?? options.Current.AddYears(-1);
        _populationTable = options.PopulationFile is null ? null : PopulationTable.Read(options.PopulationFile);
    }

    public ImportResult Build()
    {
        var areas = ReportedAreas();
        var gaps = PoliceUkGaps.Find(areas, _current, _previous, _totals.Counts);
        if (gaps.Count > 0 && !_options.AllowGaps) throw PoliceUkGaps.Error(gaps);
        Warn();
        var slots = areas.SelectMany(a => Enumerable.Range(a.Id * CategoryCount, CategoryCount)).ToHashSet();
        var months = _totals.Counts.MonthsUsing(slots);
        var populations = Populations(areas);
        var trends = new PoliceUkTrends(_options with { Populations = populations }, _current, _previous, _totals.Counts)
            .Build(areas, TrendSource(), _options.IncludeSeries ? months : null);
        var outsideWindow = months.Where(m => !_current.Contains(m) && !_previous.Contains(m))
            .Sum(m => slots.Sum(s => (long)_totals.Counts.Get(m, s)));
        var notes = new PoliceUkQualityNotes(_catalog, _totals, _tallies).Build(trends, gaps, outsideWindow);
        return new ImportResult
        {
            Assessment = Assessment(areas, trends, notes, populations),
            Diagnostics = _diagnostics,
            FilesRead = _tallies.Count,
            RowsRead = _totals.Rows,
        };
    }

    private Assessment Assessment(List<AreaRef> areas, List<TrendFact> trends, List<DataQualityNote> notes,
        Dictionary<string, int> populations)
    {
        var names = areas.Select(a => a.Name).ToArray();
        int? population = names.All(populations.ContainsKey) ? names.Sum(n => populations[n]) : null;
        return new Assessment
        {
            Partnership = new Partnership { Name = _options.PartnershipName ?? string.Join(", ", names), Code = _options.PartnershipCode, Areas = names, Population = population },
            Period = new AssessmentPeriod { Start = _current.Start.ToString(), End = _current.End.ToString(), Label = _options.PeriodLabel ?? _current.ToLongText() },
            PreviousPeriod = new AssessmentPeriod { Start = _previous.Start.ToString(), End = _previous.End.ToString(), Label = _previous.ToLongText() },
            Trends = trends,
            Duties = _options.IncludeStatutoryDuties ? StatutoryDuties.InForceEverywhere() : [],
            DataQuality = notes,
            Sources = _populationTable is null
                ? [SourceLine()]
                : [SourceLine(), $"{_populationTable.Source} {Licences.OpenGovernmentAttribution}"],
        };
    }

    /// <summary>Residents per area: those given by name, else the population table's (warning where it has none).</summary>
    private Dictionary<string, int> Populations(List<AreaRef> areas)
    {
        var given = new Dictionary<string, int>(_options.Populations, StringComparer.OrdinalIgnoreCase);
        var found = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var area in areas)
        {
            if (given.TryGetValue(area.Name, out var residents)) found[area.Name] = residents;
            else if (_populationTable?.Of(area.Name) is { } read) found[area.Name] = read;
            else if (_populationTable is not null)
                _diagnostics.Add(ImportDiagnostics.Warning(ImportCodes.NoPopulation, _populationTable.Path, 0, 0,
                    $"no population for {area.Name}: its rates per 1,000 are unknown."));
        }
        return found;
    }

    private List<AreaRef> ReportedAreas()
    {
        var ids = _catalog.AcceptsAll
            ? _totals.Counts.UsedSlots().Select(s => s / CategoryCount).Distinct()
            : Enumerable.Range(0, _catalog.Count).Where(_catalog.IsRequested);
        var areas = ids.Select(id => new AreaRef(id, _catalog.NameOf(id))).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        if (areas.Count == 0) throw ImportException.At(ImportCodes.NothingToImport, null, 0, $"Nothing to import: none of the {ImportText.Count(_totals.Rows)} rows read could be placed in an area.");
        return areas;
    }

    private void Warn()
    {
        foreach (var tally in _tallies.Where(t => t.Rows == 0))
            _diagnostics.Add(ImportDiagnostics.Warning(ImportCodes.NoRows, tally.Path, 1, 0, "the file has a header but no rows."));
        if (_current.Overlaps(_previous))
            _diagnostics.Add(ImportDiagnostics.Warning(ImportCodes.WindowsOverlap, null, 0, 0, $"the previous window {_previous} overlaps the current window {_current}."));
        if (_current.ComparisonWith(_previous) != TrendComparisons.YearOnYear)
            _diagnostics.Add(ImportDiagnostics.Warning(ImportCodes.NotYearOnYear, null, 0, 0,
                $"the previous window {_previous} is not the same months a year before the current window {_current}: "
                + $"part of any change may be seasonal (the default --previous is {_current.AddYears(-1)})."));
        if (_current.Length != _previous.Length)
            _diagnostics.Add(ImportDiagnostics.Warning(ImportCodes.UnequalWindows, null, 0, 0, $"the previous window {_previous} has {_previous.Length} months and the current {_current} has {_current.Length}: the changes compare unequal periods."));
    }

    private string TrendSource() =>
        _totals.Forces.Count == 0 ? "data.police.uk street-level crime" : $"data.police.uk street-level crime ({string.Join(", ", _totals.Forces)})";

    private string SourceLine()
    {
        var (first, last) = _totals.MonthSpan;
        var months = first < 0 ? "no months" : $"{YearMonth.FromOrdinal(first)}..{YearMonth.FromOrdinal(last)}";
        return $"{TrendSource()}, {months}, {ImportText.Count(_tallies.Count, "file", "files")}, {ImportText.Count(_totals.Rows, "row", "rows")}. "
            + Licences.OpenGovernmentAttribution;
    }
}
