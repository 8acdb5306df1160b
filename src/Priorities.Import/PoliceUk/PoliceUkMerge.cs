using System.Text.RegularExpressions;
using Priorities.Import;

namespace Priorities.Import.PoliceUk;

/// <summary>
/// Merges file tallies into <see cref="PoliceUkTotals"/> as the files are read, in file order whatever order the
/// workers finish in, so the result is the same as a merge at the end. Each file's crime ids are dropped once it is
/// merged, and a month's ids once no file left to merge can hold that month, so memory stays flat however many
/// months are read. Only a data.police.uk street file name (<c>YYYY-MM-force-street.csv</c>) is taken to say which
/// month a file holds; while any other file is left to merge nothing is let go, and once a street file turns out
/// to hold another month than its name nothing more is let go at all.
/// </summary>
internal sealed partial class PoliceUkMerge
{
    private readonly Lock _gate = new();
    private readonly FileTally?[] _finished;
    private readonly int[] _nameMonths;
    private readonly ReadAheadLimit _readAhead;
    private readonly Dictionary<int, int> _unmergedByMonth = [];
    private int _unmergedUnnamed;
    private bool _keepAllIds;
    private int _next;

    /// <param name="files">The files in the order their rows count (of two repeated crime ids the first counts).</param>
    /// <param name="readAhead">How many files may be read or wait to be merged at once (see <see cref="ReadAheadLimit"/>).</param>
    public PoliceUkMerge(IReadOnlyList<string> files, int readAhead = int.MaxValue)
    {
        _finished = new FileTally?[files.Count];
        _readAhead = new ReadAheadLimit(files.Count, readAhead);
        _nameMonths = files.Select(NameMonth).ToArray();
        foreach (var month in _nameMonths)
        {
            if (month < 0) _unmergedUnnamed++;
            else _unmergedByMonth[month] = _unmergedByMonth.GetValueOrDefault(month) + 1;
        }
    }

    public PoliceUkTotals Totals { get; } = new();

    /// <summary>Completes when file <paramref name="index"/> may be read: it is not too far ahead of the merge.</summary>
    public Task WaitToReadAsync(int index, CancellationToken cancellationToken) => _readAhead.WaitAsync(index, cancellationToken);

    /// <summary>Takes a finished file; merges it and every file after it that is already finished and waiting.</summary>
    public void Finish(int index, FileTally tally)
    {
        lock (_gate)
        {
            _finished[index] = tally;
            while (_next < _finished.Length && _finished[_next] is { } next)
            {
                var nameMonth = _nameMonths[_next];
                if (nameMonth >= 0 && next.Ids.Keys.Concat(next.Counts.Months).Any(m => m != nameMonth)) _keepAllIds = true;
                if (next.Error is null) Totals.Add(next, _next);
                next.Ids.Clear();
                _finished[_next] = null;
                _readAhead.Merged(_next++);
                Merged(nameMonth);
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
        if (_next == _finished.Length) Totals.ReleaseIdsExcept([]);
        else if (_unmergedUnnamed == 0 && !_keepAllIds) Totals.ReleaseIdsExcept(_unmergedByMonth.Keys);
    }

    /// <summary>
    /// The month a data.police.uk street file is named for (<c>2022-03-northumbria-street.csv</c>, also gzipped) as
    /// an ordinal, or -1 for any other name.
    /// </summary>
    internal static int NameMonth(string path)
    {
        var name = Path.GetFileName(path);
        return StreetFileName().IsMatch(name) && YearMonth.TryParse(name.AsSpan(0, 7), out var month) ? month.Ordinal : -1;
    }

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-.+-street\.csv(\.gz)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StreetFileName();
}
