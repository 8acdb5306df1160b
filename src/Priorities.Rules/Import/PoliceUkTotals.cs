namespace Priorities.Import;

/// <summary>
/// The file tallies of an import merged in file order. A crime id that repeats one of an earlier file in the same
/// month is a duplicate: the earlier row counts, the later is taken off, so the result does not depend on which
/// worker read which file.
/// </summary>
internal sealed class PoliceUkTotals
{
    public CountGrid Counts { get; } = new();

    public long Rows { get; private set; }

    public long NoLsoa { get; private set; }

    public long Duplicates { get; private set; }

    public Dictionary<int, long> OutsideArea { get; } = [];

    public Dictionary<string, long> UnknownTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>The forces the files fall within, in the order first met.</summary>
    public List<string> Forces { get; } = [];

    /// <summary>Crime ids repeated across files: month, the earlier file, the later file, and how many.</summary>
    public SortedDictionary<(int Month, int First, int Later), long> Repeats { get; } = [];

    /// <summary>The months of the first and last rows read, as ordinals; -1 when there were none.</summary>
    public (int First, int Last) MonthSpan { get; private set; } = (-1, -1);

    public long UnknownTypeRows => UnknownTypes.Values.Sum();

    public long OutsideAreaRows => OutsideArea.Values.Sum();

    public long SkippedRows => NoLsoa + OutsideAreaRows + UnknownTypeRows + Duplicates;

    public static PoliceUkTotals Merge(IReadOnlyList<FileTally> tallies)
    {
        var totals = new PoliceUkTotals();
        var seen = new Dictionary<int, Dictionary<CrimeKey, int>>();
        for (var file = 0; file < tallies.Count; file++)
        {
            var tally = tallies[file];
            totals.AddCounts(tally);
            totals.RemoveRepeats(tally, file, seen);
        }
        return totals;
    }

    private void AddCounts(FileTally tally)
    {
        Counts.AddAll(tally.Counts);
        Rows += tally.Rows;
        NoLsoa += tally.NoLsoa;
        Duplicates += tally.Duplicates;
        foreach (var (area, count) in tally.OutsideArea) OutsideArea[area] = OutsideArea.GetValueOrDefault(area) + count;
        foreach (var (name, count) in tally.UnknownTypes) UnknownTypes[name] = UnknownTypes.GetValueOrDefault(name) + count;
        if (tally.Force is { } force && !Forces.Contains(force)) Forces.Add(force);
        foreach (var month in tally.Counts.Months)
        {
            MonthSpan = MonthSpan.First < 0
                ? (month, month)
                : (Math.Min(MonthSpan.First, month), Math.Max(MonthSpan.Last, month));
        }
    }

    private void RemoveRepeats(FileTally tally, int file, Dictionary<int, Dictionary<CrimeKey, int>> seen)
    {
        foreach (var (month, ids) in tally.Ids)
        {
            if (!seen.TryGetValue(month, out var earlier))
            {
                seen[month] = new Dictionary<CrimeKey, int>(ids.Select(pair => KeyValuePair.Create(pair.Key, file)));
                continue;
            }
            foreach (var (key, slot) in ids)
            {
                if (earlier.TryAdd(key, file)) continue;
                Counts.Add(month, slot, -1);
                Duplicates++;
                var pair = (month, earlier[key], file);
                Repeats[pair] = Repeats.GetValueOrDefault(pair) + 1;
            }
        }
        tally.Ids.Clear();
    }
}
