using Priorities.Assessments;
using Priorities.Import;

namespace Priorities.Import.PoliceUk;

/// <summary>The data-quality notes of a police.uk import: never silent about a row it did not count.</summary>
internal sealed class PoliceUkQualityNotes(AreaCatalog catalog, PoliceUkTotals totals, IReadOnlyList<FileTally> tallies)
{
    private const int MaxListed = 10;
    private readonly List<DataQualityNote> _notes = [];

    public List<DataQualityNote> Build(IReadOnlyList<TrendFact> trends, IReadOnlyList<MonthGap> gaps, long outsideWindow)
    {
        foreach (var gap in gaps)
            Add(DataQualityKinds.MissingMonths, null, $"No rows for {gap.Area} in {gap.MonthText} ({gap.Window} window): its counts are missing, not zero.", gap.Area, gap.MonthText);
        var gapWindows = gaps.GroupBy(g => g.Area, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Window).Distinct().ToList(), StringComparer.Ordinal);
        foreach (var t in trends.Where(t => t.SmallNumbers))
            Add(DataQualityKinds.SmallNumbers, t.Count, SmallNumbers(t, gapWindows.GetValueOrDefault(t.Area)), t.Area, category: t.Category);
        AddSkipReasons();
        AddRepeats();
        Add(DataQualityKinds.SkippedRows, totals.SkippedRows, Summary());
        if (outsideWindow > 0)
            Add(DataQualityKinds.OutsideWindow, outsideWindow, $"{Rows(outsideWindow)} of the requested areas fall in months outside the current and previous windows; they are read but not in the trends.");
        return _notes;
    }

    private void AddSkipReasons()
    {
        if (totals.NoLsoa > 0)
            Add(DataQualityKinds.NoLsoa, totals.NoLsoa, $"{Rows(totals.NoLsoa)} have no LSOA, so no area: not counted.");
        if (totals.OutsideAreaRows > 0)
            Add(DataQualityKinds.OutsideArea, totals.OutsideAreaRows, $"{Rows(totals.OutsideAreaRows)} fall outside the requested areas: not counted ({Listed(totals.OutsideArea.Select(p => (catalog.NameOf(p.Key), p.Value)))}).");
        if (totals.UnknownTypeRows > 0)
            Add(DataQualityKinds.UnknownCrimeType, totals.UnknownTypeRows, $"{Rows(totals.UnknownTypeRows)} have a crime type that is not a data.police.uk crime type: not counted ({Listed(totals.UnknownTypes.Select(p => (p.Key, p.Value)))}).");
        if (totals.Duplicates > 0)
            Add(DataQualityKinds.DuplicateIds, totals.Duplicates, $"{Rows(totals.Duplicates)} repeat a crime id already counted in the same month: counted once.");
    }

    private void AddRepeats()
    {
        foreach (var ((month, first, later), count) in totals.Repeats)
        {
            var monthText = YearMonth.FromOrdinal(month).ToString();
            var message = $"{ImportText.Count(count, "crime id", "crime ids")} of {monthText} in {Name(later)} repeat those in {Name(first)}: "
                + "the two files overlap, and their rows without a crime id (anti-social behaviour) cannot be checked and may be counted twice.";
            Add(DataQualityKinds.DuplicateIds, count, message, from: monthText);
        }
        foreach (var ((month, file), count) in totals.Unchecked)
        {
            var monthText = YearMonth.FromOrdinal(month).ToString();
            var named = YearMonth.FromOrdinal(PoliceUkMerge.NameMonth(tallies[file].Path));
            var message = $"{ImportText.Count(count, "crime id", "crime ids")} of {monthText} in {Name(file)} could not be compared with those of earlier files: "
                + $"{Name(file)}, named for {named}, also holds rows of {monthText}, so any repeats among them are counted twice. "
                + "Rename the file so that its name does not start with a month, and import again.";
            Add(DataQualityKinds.UncheckedIds, count, message, from: monthText);
        }
    }

    /// <summary>The small-number note; where the area misses months it says so rather than "none recorded".</summary>
    private static string SmallNumbers(TrendFact t, List<string>? gapWindows)
    {
        if (gapWindows is { Count: > 0 })
        {
            var windows = gapWindows.Count == 1 ? $"the {gapWindows[0]} window has" : "both windows have";
            return $"{t.Category} in {t.Area}: {t.Count} against {t.PreviousCount}, but {windows} months with no rows for {t.Area} (missing, not zero), so there is no trend to read.";
        }
        return t.Count == 0 && t.PreviousCount == 0
            ? $"{t.Category} in {t.Area}: none recorded in either window, so there is no trend."
            : $"{t.Category} in {t.Area}: {t.Count} against {t.PreviousCount}, too few for the percentage change to mean much.";
    }

    private string Summary()
    {
        var read = $"{Rows(totals.Rows)} read, {ImportText.Count(totals.Rows - totals.SkippedRows)} counted";
        return totals.SkippedRows == 0
            ? $"{read}; none skipped."
            : $"{read}; {ImportText.Count(totals.SkippedRows)} skipped: {ImportText.Count(totals.NoLsoa)} without an LSOA, "
              + $"{ImportText.Count(totals.OutsideAreaRows)} outside the requested areas, {ImportText.Count(totals.UnknownTypeRows)} with an unknown crime type, "
              + $"{ImportText.Count(totals.Duplicates)} repeating a crime id.";
    }

    private string Name(int file) => Path.GetFileName(tallies[file].Path);

    private static string Rows(long count) => ImportText.Count(count, "row", "rows");

    private static string Listed(IEnumerable<(string Name, long Count)> counts)
    {
        var ordered = counts.OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        var listed = string.Join("; ", ordered.Take(MaxListed).Select(c => $"{c.Name} {ImportText.Count(c.Count)}"));
        return ordered.Count > MaxListed ? $"{listed}; and {ordered.Count - MaxListed} more" : listed;
    }

    private void Add(string kind, long? count, string message, string? area = null, string? from = null, string? category = null) =>
        _notes.Add(new DataQualityNote { Kind = kind, Category = category, Area = area, From = from, Count = count, Message = message });
}
