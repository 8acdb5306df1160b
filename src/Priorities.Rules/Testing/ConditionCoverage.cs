using Priorities.Engine.Diagnostics;

namespace Priorities.Testing;

/// <summary>
/// One condition of a rule — a conjunct of a <c>fact</c> pattern's <c>where</c> or of a <c>test</c>, as the why-not
/// explanations name them — and whether the YAML tests saw it hold and fail.
/// </summary>
/// <param name="Pattern">The zero-based index of its pattern in the rule's <c>when</c>.</param>
/// <param name="Condition">Its text, as written.</param>
/// <param name="Location">Where it is written.</param>
/// <param name="SeenTrue">It held on a tuple of facts some test evaluated it on.</param>
/// <param name="SeenFalse">It failed on a tuple of facts some test evaluated it on.</param>
public sealed record ConditionCoverage(int Pattern, string Condition, SourceLocation Location, bool SeenTrue, bool SeenFalse)
{
    /// <summary>Seen both to hold and to fail: the tests exercise both of its outcomes.</summary>
    public bool Covered => SeenTrue && SeenFalse;

    /// <summary><c>covered</c>, <c>true-only</c>, <c>false-only</c> or <c>not-evaluated</c>.</summary>
    public string Status => (SeenTrue, SeenFalse) switch
    {
        (true, true) => "covered",
        (true, false) => "true-only",
        (false, true) => "false-only",
        _ => "not-evaluated",
    };
}
