namespace Priorities.Import;

/// <summary>
/// Merges file tallies into <see cref="PoliceUkTotals"/> as the files are read, in file order whatever order the
/// workers finish in, so the result is the same as a merge at the end. Each file's crime ids are dropped once it is
/// merged, and a month's ids once no file left to merge is named for that month (data.police.uk names each file
/// <c>YYYY-MM-force-street.csv</c>): memory stays flat however many months are read.
/// </summary>
internal sealed class PoliceUkMerge
{
    private readonly Lock _gate = new();
    private readonly FileTally?[] _finished;
    private readonly int[] _nameMonths;
    private readonly Dictionary<int, int> _unmergedByMonth = [];
    private int _unmergedUnnamed;
    private int _next;

    public PoliceUkMerge(IReadOnlyList<string> files)
    {
        _finished = new FileTally?[files.Count];
        _nameMonths = files.Select(NameMonth).ToArray();
        foreach (var month in _nameMonths)
        {
            if (month < 0) _unmergedUnnamed++;
            else _unmergedByMonth[month] = _unmergedByMonth.GetValueOrDefault(month) + 1;
        }
    }

    public PoliceUkTotals Totals { get; } = new();

    /// <summary>Takes a finished file; merges it and every file after it that is already finished and waiting.</summary>
    public void Finish(int index, FileTally tally)
    {
        lock (_gate)
        {
            _finished[index] = tally;
            while (_next < _finished.Length && _finished[_next] is { } next)
            {
                if (next.Error is null) Totals.Add(next, _next);
                next.Ids.Clear();
                _finished[_next] = null;
                Merged(_nameMonths[_next++]);
            }
        }
    }

    private void Merged(int nameMonth)
    {
        if (nameMonth < 0)
        {
            _unmergedUnnamed--;
        }
        else if (--_unmergedByMonth[nameMonth] == 0)
        {
            _unmergedByMonth.Remove(nameMonth);
        }
        if (_unmergedUnnamed == 0) Totals.ReleaseIdsExcept(_unmergedByMonth.Keys);
    }

    /// <summary>The month a file's name starts with (<c>2022-03-…</c>) as an ordinal, or -1.</summary>
    internal static int NameMonth(string path)
    {
        var name = Path.GetFileName(path.AsSpan());
        return name.Length > 8 && name[7] == '-' && YearMonth.TryParse(name[..7], out var month) ? month.Ordinal : -1;
    }
}
