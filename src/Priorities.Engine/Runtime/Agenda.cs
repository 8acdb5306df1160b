using Priorities.Engine.Network;

namespace Priorities.Engine.Runtime;

/// <summary>
/// The conflict set: activations ordered by rule salience (highest first), then rule order, then the insertion
/// order of the matched facts — so firing order is fully deterministic.
/// </summary>
internal sealed class Agenda
{
    private readonly ActivationQueue?[] _queues;
    private int _cursor;

    public Agenda(int rules)
    {
        _queues = new ActivationQueue?[rules];
        _cursor = rules;
    }

    public void Add(Firing activation)
    {
        var rank = activation.Compiled.Rank;
        (_queues[rank] ??= new ActivationQueue()).Add(activation);
        if (rank < _cursor) _cursor = rank;
    }

    public bool TryPop(out Firing activation)
    {
        while (_cursor < _queues.Length)
        {
            var queue = _queues[_cursor];
            if (queue is { IsEmpty: false })
            {
                activation = queue.Pop();
                return true;
            }
            _cursor++;
        }
        activation = default;
        return false;
    }

    public int Count => _queues.Sum(q => q?.Count ?? 0);
}
