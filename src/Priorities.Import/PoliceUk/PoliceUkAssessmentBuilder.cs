using Priorities.Assessments;
using Priorities.Engine.Diagnostics;
using Priorities.Import;

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

    public PoliceUkAssessmentBuilder(PoliceUkImportOptions options, AreaCatalog catalog, PoliceUkTotals totals, IReadOnlyList<FileTally> tallies)
    {
        _options = options;
        _catalog = catalog;
        _totals = totals;
        _tallies = tallies;
        _current = options.Current;
        _previous = options.Previous ?? options.Current.AddYears(-1);
    }

    public ImportResult Build()
    {
        var areas = ReportedAreas();
        var gaps = PoliceUkGaps.Find(areas, _current, _previous, _totals.Counts);
        if (gaps.Count > 0 && !_options.AllowGaps) throw PoliceUkGaps.Error(gaps);
        Warn();
        var slots = areas.SelectMany(a => Enumerable.Range(a.Id * CategoryCount, CategoryCount)).ToHashSet();
        var months = _totals.Counts.MonthsUsing(slots);
        var trends = new PoliceUkTrends(_options, _current, _previous, _totals.Counts)
            .Build(areas, TrendSource(), _options.IncludeSeries ? months : null);
        var outsideWindow = months.Where(m => !_current.Contains(m) && !_previous.Contains(m))
            .Sum(m => slots.Sum(s => (long)_totals.Counts.Get(m, s)));
        var notes = new PoliceUkQualityNotes(_catalog, _totals, _tallies).Build(trends, gaps, outsideWindow);
        return new ImportResult
        {
            Assessment = Assessment(areas, trends, notes),
            Diagnostics = _diagnostics,
            FilesRead = _tallies.Count,
            RowsRead = _totals.Rows,
        };
    }

    private Assessment Assessment(List<AreaRef> areas, List<TrendFact> trends, List<DataQualityNote> notes)
    {
        var names = areas.Select(a => a.Name).ToArray();
        return new Assessment
        {
            Partnership = new Partnership { Name = _options.PartnershipName ?? string.Join(", ", names), Code = _options.PartnershipCode, Areas = names },
            Period = new AssessmentPeriod { Start = _current.Start.ToString(), End = _current.End.ToString(), Label = _options.PeriodLabel ?? _current.ToLongText() },
            PreviousPeriod = new AssessmentPeriod { Start = _previous.Start.ToString(), End = _previous.End.ToString(), Label = _previous.ToLongText() },
            Trends = trends,
            Duties = _options.IncludeStatutoryDuties ? StatutoryDuties.InForceEverywhere() : [],
            DataQuality = notes,
            Sources = [SourceLine()],
        };
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
