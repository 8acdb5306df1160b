namespace Priorities.Engine.Model;

/// <summary>
/// A problem found while compiling a rule set. For problems inside an expression, <see cref="Line"/> and
/// <see cref="Column"/> (one-based) and <see cref="Offset"/> (zero-based) locate it within that expression's text,
/// so that a front end can map it to its own source file; they are 0 otherwise.
/// </summary>
/// <param name="Code">A stable code such as <c>EXP004</c> or <c>ENG002</c>.</param>
/// <param name="Message">A plain-English message.</param>
/// <param name="RuleId">The rule concerned, or null for rule-set problems.</param>
/// <param name="Element">The part of the rule concerned.</param>
/// <param name="PatternIndex">The zero-based pattern index, or -1.</param>
/// <param name="ActionIndex">The zero-based action index, or -1.</param>
/// <param name="ValueName">For action values: the field or value name; otherwise null.</param>
/// <param name="Offset">Zero-based offset within the expression.</param>
/// <param name="Line">One-based line within the expression.</param>
/// <param name="Column">One-based column within the expression.</param>
public sealed record RuleDiagnostic(
    string Code,
    string Message,
    string? RuleId,
    RuleElement Element,
    int PatternIndex = -1,
    int ActionIndex = -1,
    string? ValueName = null,
    int Offset = 0,
    int Line = 0,
    int Column = 0)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = RuleId is null ? "rule set" : $"rule '{RuleId}'";
        if (PatternIndex >= 0) where += $", pattern {PatternIndex + 1}";
        if (ActionIndex >= 0) where += $", action {ActionIndex + 1}";
        if (ValueName is not null) where += $", value '{ValueName}'";
        if (Line > 0) where += $", {Line}:{Column}";
        return $"{where}: {Code}: {Message}";
    }
}
