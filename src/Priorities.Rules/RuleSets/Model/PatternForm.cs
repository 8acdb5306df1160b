namespace Priorities.RuleSets.Model;

/// <summary>The form of a <c>when</c> item.</summary>
internal enum PatternForm
{
    /// <summary><c>fact: TYPE</c>: binds each matching fact.</summary>
    Fact,

    /// <summary><c>none: TYPE</c>: holds when no fact matches.</summary>
    None,

    /// <summary><c>count: TYPE</c>.</summary>
    Count,

    /// <summary><c>sum: TYPE</c>.</summary>
    Sum,

    /// <summary><c>min: TYPE</c>.</summary>
    Min,

    /// <summary><c>max: TYPE</c>.</summary>
    Max,

    /// <summary><c>test: EXPR</c>.</summary>
    Test,
}
