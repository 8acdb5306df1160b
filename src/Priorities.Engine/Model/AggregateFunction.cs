namespace Priorities.Engine.Model;

/// <summary>The function an <see cref="PatternKind.Aggregate"/> pattern computes over its matching facts.</summary>
public enum AggregateFunction
{
    /// <summary>The number of matching facts (an integer; 0 when none match).</summary>
    Count,

    /// <summary>The sum of the value expression over matching facts (0 when none match).</summary>
    Sum,

    /// <summary>The least value; the pattern does not hold when no fact matches.</summary>
    Min,

    /// <summary>The greatest value; the pattern does not hold when no fact matches.</summary>
    Max,
}
