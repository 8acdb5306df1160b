namespace Priorities.Evaluation;

/// <summary>
/// The stable codes of evaluation errors, carried by <see cref="RuleSetEvaluationException.Diagnostic"/> at the place
/// of the rule to blame (or the rule set's root when none is): PR5001 derive rules that never settle, PR5002 another
/// failure of the engine.
/// </summary>
internal static class EvaluationCodes
{
    public const string RulesDidNotSettle = "PR5001";
    public const string EngineFailed = "PR5002";
}
