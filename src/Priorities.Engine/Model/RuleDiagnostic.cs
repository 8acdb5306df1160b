using Priorities.Engine.Diagnostics;

namespace Priorities.Engine.Model;

/// <summary>
/// A problem found while compiling a rule set: the shared <see cref="Diagnostics.Diagnostic"/> (code, severity,
/// message) and the place in the rule set's structure it is about, so that a front end can map it to its own source.
/// For problems inside an expression, the diagnostic's line and column (one-based) and <see cref="Offset"/>
/// (zero-based) locate it within that expression's text and its file is empty; otherwise its location is
/// <see cref="SourceLocation.None"/>.
/// </summary>
/// <param name="Diagnostic">The problem, with a code from <see cref="EngineCodes"/>.</param>
/// <param name="RuleId">The rule concerned, or null for rule-set problems.</param>
/// <param name="Element">The part of the rule concerned.</param>
/// <param name="PatternIndex">The zero-based pattern index, or -1.</param>
/// <param name="ActionIndex">The zero-based action index, or -1.</param>
/// <param name="ValueName">For action values: the field or value name; otherwise null.</param>
/// <param name="Offset">Zero-based offset within the expression.</param>
public sealed record RuleDiagnostic(
    Diagnostic Diagnostic,
    string? RuleId,
    RuleElement Element,
    int PatternIndex = -1,
    int ActionIndex = -1,
    string? ValueName = null,
    int Offset = 0)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = RuleId is null ? "rule set" : $"rule '{RuleId}'";
        if (PatternIndex >= 0) where += $", pattern {PatternIndex + 1}";
        if (ActionIndex >= 0) where += $", action {ActionIndex + 1}";
        if (ValueName is not null) where += $", value '{ValueName}'";
        if (Diagnostic.Line > 0) where += $", {Diagnostic.Line}:{Diagnostic.Column}";
        return $"{where}: {Diagnostic.Code}: {Diagnostic.Message}";
    }
}
