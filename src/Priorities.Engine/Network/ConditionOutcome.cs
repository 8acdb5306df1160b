namespace Priorities.Engine.Network;

/// <summary>
/// The outcome of one condition (a conjunct of a pattern's condition) over a tuple of facts. For comparisons, the
/// values on either side are given so that an explanation can say by how much a condition was met or missed.
/// </summary>
/// <param name="PatternIndex">The zero-based pattern the condition belongs to.</param>
/// <param name="Binding">The pattern's binding name.</param>
/// <param name="Condition">The condition's source text.</param>
/// <param name="Passed">
/// Whether the condition held; null when it could not be evaluated (a binding was unmatched, or it reads a field
/// whose value is unknown and that another condition guards).
/// </param>
/// <param name="Operator">For comparisons: <c>==</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c> or <c>&gt;=</c>; otherwise null.</param>
/// <param name="Left">For comparisons: the left side's value; null when <see cref="Unknown"/> is set.</param>
/// <param name="Right">For comparisons: the right side's value; null when <see cref="Unknown"/> is set.</param>
public sealed record ConditionOutcome(int PatternIndex, string Binding, string Condition, bool? Passed, string? Operator, object? Left, object? Right)
{
    /// <summary>
    /// A nullable field the condition reads or tests with <c>has</c>, as <c>binding.field</c>, whose value is unknown
    /// in this tuple (so the condition did not hold, or could not be evaluated, for want of it); otherwise null.
    /// </summary>
    public string? Unknown { get; init; }
}
