using Priorities.Import;

namespace Priorities.Import.PoliceUk;

/// <summary>
/// Counts per month and slot (a slot is <c>area * categories + category</c>), in one int array per month that grows
/// with the slots used. The last month used is cached, since a file usually holds one month.
/// </summary>
internal sealed class CountGrid
{
    private readonly Dictionary<int, int[]> _months = [];
    private int _lastMonth = -1;
    private int[] _last = [];

    public IEnumerable<int> Months => _months.Keys;

    public void Add(int month, int slot, int amount = 1)
    {
        if (month != _lastMonth || slot >= _last.Length) Locate(month, slot);
        _last[slot] += amount;
    }

    public int Get(int month, int slot) =>
        _months.TryGetValue(month, out var counts) && slot < counts.Length ? counts[slot] : 0;

    /// <summary>The slots with a count other than 0 in any month.</summary>
    public SortedSet<int> UsedSlots()
    {
        var slots = new SortedSet<int>();
        foreach (var counts in _months.Values)
        {
            for (var slot = 0; slot < counts.Length; slot++)
            {
                if (counts[slot] != 0) slots.Add(slot);
            }
        }
        return slots;
    }

    /// <summary>The months with a count other than 0 in any of the given slots, in order.</summary>
    public List<int> MonthsUsing(IReadOnlySet<int> slots) =>
        _months.Where(m => slots.Any(s => s < m.Value.Length && m.Value[s] != 0)).Select(m => m.Key).Order().ToList();

    public void AddAll(CountGrid other)
    {
        foreach (var (month, counts) in other._months)
        {
            for (var slot = 0; slot < counts.Length; slot++)
            {
                if (counts[slot] != 0) Add(month, slot, counts[slot]);
            }
        }
    }

    private void Locate(int month, int slot)
    {
        if (!_months.TryGetValue(month, out var counts) || slot >= counts.Length)
        {
            var grown = new int[Math.Max(slot + 1, Math.Max(64, (counts?.Length ?? 0) * 2))];
            counts?.CopyTo(grown, 0);
            _months[month] = counts = grown;
        }
        _lastMonth = month;
        _last = counts;
    }
}
