using Priorities.Engine.Network;

namespace Priorities.Engine.Runtime;

/// <summary>
/// The pending activations of one rule, popped in fact order. Activations usually arrive in order, so they are
/// appended and sorted once when popping starts; any that arrive out of order afterwards wait in a small heap.
/// </summary>
internal sealed class ActivationQueue
{
    private readonly List<Firing> _items = [];
    private PriorityQueue<Firing, Firing>? _late;
    private int _head;
    private bool _sorted;

    public bool IsEmpty => _head >= _items.Count && (_late is null || _late.Count == 0);

    public int Count => _items.Count - _head + (_late?.Count ?? 0);

    public void Add(Firing activation)
    {
        if (!_sorted || _head >= _items.Count || ActivationOrder.Instance.Compare(activation, _items[^1]) >= 0)
        {
            _items.Add(activation);
            return;
        }
        _late ??= new PriorityQueue<Firing, Firing>(ActivationOrder.Instance);
        _late.Enqueue(activation, activation);
    }

    public Firing Pop()
    {
        if (!_sorted) Sort();
        Firing next;
        if (_late is { Count: > 0 } && (_head >= _items.Count || ActivationOrder.Instance.Compare(_late.Peek(), _items[_head]) < 0))
            next = _late.Dequeue();
        else
            next = _items[_head++];
        if (IsEmpty) Reset();
        return next;
    }

    private void Sort()
    {
        _sorted = true;
        for (var i = _head + 1; i < _items.Count; i++)
        {
            if (ActivationOrder.Instance.Compare(_items[i - 1], _items[i]) <= 0) continue;
            _items.Sort(_head, _items.Count - _head, ActivationOrder.Instance);
            return;
        }
    }

    private void Reset()
    {
        _items.Clear();
        _head = 0;
        _sorted = false;
    }
}
