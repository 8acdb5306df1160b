using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;

namespace Priorities.Evaluation;

/// <summary>
/// The rule set could not evaluate an assessment: its rules kept deriving facts from each other without settling (a
/// derivation chain deeper than the engine allows, or too many derived facts), it went over its evaluation budget
/// (too many partial matches or firings, or too long), or the engine stopped for another
/// reason the message gives. The rule set needs fixing, not the assessment: hosts answer it as unprocessable (HTTP
/// 422, CLI exit 1). The one exception evaluation throws besides cancellation; engine exceptions never escape.
/// <see cref="Diagnostic"/> gives the same message with a code and the place of the rule to blame.
/// </summary>
public sealed class RuleSetEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleSetEvaluationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened.</param>
    public RuleSetEvaluationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    public RuleSetEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal RuleSetEvaluationException(
        string code, SourceLocation location, IReadOnlyList<string> ruleIds, string detail, Exception? innerException)
        : base(Describe(code, ruleIds, detail), innerException)
    {
        RuleIds = ruleIds;
        Diagnostic = new Diagnostic(code, DiagnosticSeverity.Error, Message, location);
    }

    /// <summary>
    /// The rules of a chain that did not settle, most recent first, or the rule whose joins or firings went over the
    /// evaluation budget; empty when none is named.
    /// </summary>
    public IReadOnlyList<string> RuleIds { get; } = [];

    /// <summary>
    /// The error as a diagnostic: PR5001 for rules that never settle, at the first of them in <see cref="RuleIds"/>;
    /// PR5002 for another engine failure, at the rule set's root; PR5003 for a number that is not finite, at the
    /// expression that computed it; PR5004 for an evaluation over its <c>EvaluationBudget</c>, at the rule named. Null when made by other code without one.
    /// </summary>
    public Diagnostic? Diagnostic { get; }

    private static string Describe(string code, IReadOnlyList<string> ruleIds, string detail) =>
        ruleIds.Count == 0 || code != RulesCodes.RulesDidNotSettle
            ? $"The rule set could not evaluate the assessment: {detail}"
            : $"The rules {string.Join(", ", ruleIds.Select(id => $"'{id}'"))} kept deriving facts from each other "
                + $"without settling; check their 'derive' and 'when' so that the chain ends. ({detail})";
}
