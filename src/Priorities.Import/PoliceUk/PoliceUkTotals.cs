using System.Runtime.InteropServices;
using Priorities.Import;

namespace Priorities.Import.PoliceUk;

/// <summary>
/// The file tallies of an import merged in file order (see <see cref="PoliceUkMerge"/>). A crime id that repeats
/// one of an earlier file in the same month is a duplicate: the earlier row counts, the later is taken off, so the
/// result does not depend on which worker read which file.
/// </summary>
internal sealed class PoliceUkTotals
{
    private readonly Dictionary<int, Dictionary<CrimeKey, int>> _seen = [];
    private readonly HashSet<int> _released = [];

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

    /// <summary>
    /// Crime ids that could not be checked against earlier files, by month and file: the month's ids had been
    /// released because no file left was named for it, yet this data.police.uk street file, named for another month, held some.
    /// </summary>
    public SortedDictionary<(int Month, int File), long> Unchecked { get; } = [];

    /// <summary>The months whose crime ids are still kept to find repeats in files to come.</summary>
    public IEnumerable<int> MonthsWithIds => _seen.Keys;

    /// <summary>Adds a file's tally; files must come in file order (the first of two repeated ids counts).</summary>
    public void Add(FileTally tally, int file)
    {
        AddCounts(tally);
        RemoveRepeats(tally, file);
    }

    /// <summary>Forgets the crime ids seen in every month but these, once no file left can repeat them.</summary>
    public void ReleaseIdsExcept(IEnumerable<int> months)
    {
        var keep = months.ToHashSet();
        foreach (var month in _seen.Keys.Where(m => !keep.Contains(m)).ToList())
        {
            _seen.Remove(month);
            _released.Add(month);
        }
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

    private void RemoveRepeats(FileTally tally, int file)
    {
        foreach (var (month, ids) in tally.Ids)
        {
            if (_released.Contains(month))
            {
                Unchecked[(month, file)] = ids.Count;
            }
            else if (!_seen.TryGetValue(month, out var earlier))
            {
                _seen[month] = Owned(ids, file);
            }
            else
            {
                RemoveRepeats(month, ids, earlier, file);
            }
        }
        tally.Ids.Clear();
    }

    /// <summary>Takes over a file's ids of a month as the ones seen, each now naming the file instead of its slot.</summary>
    private static Dictionary<CrimeKey, int> Owned(Dictionary<CrimeKey, int> ids, int file)
    {
        foreach (var key in ids.Keys) CollectionsMarshal.GetValueRefOrNullRef(ids, key) = file;
        return ids;
    }

    private void RemoveRepeats(int month, Dictionary<CrimeKey, int> ids, Dictionary<CrimeKey, int> earlier, int file)
    {
        foreach (var (key, slot) in ids)
        {
            if (earlier.TryAdd(key, file)) continue;
            Counts.Add(month, slot, -1);
            Duplicates++;
            var pair = (month, earlier[key], file);
            Repeats[pair] = Repeats.GetValueOrDefault(pair) + 1;
        }
    }
}
