namespace Priorities.RuleSets.Model;

/// <summary>How several raw values that fired rules give for one dimension of one priority combine.</summary>
internal enum CombineMode
{
    /// <summary>The largest raw value.</summary>
    Max,

    /// <summary>The sum of the raw values (added in a canonical order).</summary>
    Sum,
}
