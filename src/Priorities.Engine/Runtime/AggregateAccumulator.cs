using Priorities.Engine.Model;

namespace Priorities.Engine.Runtime;

/// <summary>Accumulates count, sum, min or max; count yields a long, the others a double.</summary>
internal struct AggregateAccumulator
{
    private readonly AggregateFunction _function;
    private long _count;
    private double _value;

    public AggregateAccumulator(AggregateFunction function)
    {
        _function = function;
        _value = function switch
        {
            AggregateFunction.Min => double.PositiveInfinity,
            AggregateFunction.Max => double.NegativeInfinity,
            _ => 0,
        };
    }

    /// <summary>Count and sum always have a result; min and max need at least one value.</summary>
    public readonly bool HasResult => _function is AggregateFunction.Count or AggregateFunction.Sum || _count > 0;

    public readonly object Result => _function == AggregateFunction.Count ? (object)_count : _value;

    public void Add(double value)
    {
        _count++;
        _value = _function switch
        {
            AggregateFunction.Sum => _value + value,
            AggregateFunction.Min => Math.Min(_value, value),
            AggregateFunction.Max => Math.Max(_value, value),
            _ => _value,
        };
    }
}
