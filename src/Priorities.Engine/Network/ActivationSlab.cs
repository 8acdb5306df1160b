namespace Priorities.Engine.Network;

/// <summary>
/// The activations of one rule in a session on the direct path: each a row of the insertion sequences of its
/// matched facts, pattern by pattern, in one growing array of integers (no object per activation, nothing for the
/// garbage collector to trace). Rows are kept in fact order; rows that arrive out of order are sorted before firing.
/// </summary>
internal sealed class ActivationSlab
{
    private readonly int[] _slots;
    private readonly List<FactHandle> _facts;
    private int[] _rows;
    private int _fired;
    private bool _inOrder = true;

    public ActivationSlab(CompiledRule rule, List<FactHandle> facts)
    {
        Rule = rule;
        _slots = rule.MatchSlots;
        _facts = facts;
        _rows = new int[Math.Max(4, _slots.Length) * 4];
    }

    public CompiledRule Rule { get; }

    /// <summary>Activations added so far, fired or not.</summary>
    public int Count { get; private set; }

    /// <summary>Activations not yet fired: those from <see cref="Fired"/> to <see cref="Count"/>.</summary>
    public int Fired => _fired;

    /// <summary>Adds the activation held by <paramref name="tuple"/> (read, not kept).</summary>
    public void Add(FactHandle?[] tuple)
    {
        var width = _slots.Length;
        var at = Count * width;
        if (at + width > _rows.Length) Array.Resize(ref _rows, _rows.Length * 2);
        for (var i = 0; i < width; i++) _rows[at + i] = tuple[_slots[i]]!.Sequence;
        if (_inOrder && Count > _fired && Compare(Count - 1, Count) > 0) _inOrder = false;
        Count++;
    }

    /// <summary>Puts the activations not yet fired in fact order and marks them fired.</summary>
    public void TakePending()
    {
        if (!_inOrder) SortPending();
        _inOrder = true;
        _fired = Count;
    }

    /// <summary>The activation's facts as a new tuple.</summary>
    public FactHandle?[] Tuple(int row)
    {
        var tuple = new FactHandle?[Rule.Width];
        Fill(row, tuple);
        return tuple;
    }

    /// <summary>Writes the activation's facts into <paramref name="tuple"/>, which is at least the rule's width.</summary>
    public void Fill(int row, FactHandle?[] tuple)
    {
        var width = _slots.Length;
        for (var i = 0; i < width; i++) tuple[_slots[i]] = _facts[_rows[row * width + i]];
    }

    private int Compare(int a, int b)
    {
        var width = _slots.Length;
        for (var i = 0; i < width; i++)
        {
            var c = _rows[a * width + i].CompareTo(_rows[b * width + i]);
            if (c != 0) return c;
        }
        return 0;
    }

    private void SortPending()
    {
        var width = _slots.Length;
        var order = new int[Count - _fired];
        for (var i = 0; i < order.Length; i++) order[i] = _fired + i;
        Array.Sort(order, (a, b) => Compare(a, b) is var c and not 0 ? c : a.CompareTo(b));
        var sorted = new int[order.Length * width];
        for (var i = 0; i < order.Length; i++) Array.Copy(_rows, order[i] * width, sorted, i * width, width);
        Array.Copy(sorted, 0, _rows, _fired * width, sorted.Length);
    }
}
