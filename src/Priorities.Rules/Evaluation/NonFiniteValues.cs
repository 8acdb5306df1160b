using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Results;
using Priorities.RuleSets.Compilation;

namespace Priorities.Evaluation;

/// <summary>
/// Stops an evaluation whose rule computed a number that is not finite (a division by zero, an overflow): a plan must
/// never carry NaN or infinity into a report or JSON, nor let a score fall silently to the dimension's missing score.
/// </summary>
internal static class NonFiniteValues
{
    /// <summary>Checks a rule's scores; the first that is not finite is a PR5003 error at its score expression.</summary>
    /// <exception cref="RuleSetEvaluationException">A score is NaN or infinite.</exception>
    public static void CheckScores(CompiledRule rule, IReadOnlyList<RawScore> scores)
    {
        foreach (var score in scores.Where(s => !double.IsFinite(s.Raw)))
        {
            var at = rule.Spec.Then.Scores.FirstOrDefault(s => s.Dimension == score.Dimension)?.Value.Location;
            throw Error(rule, at, $"the score of '{score.Dimension}'", score.Raw);
        }
    }

    /// <summary>A value for the rule's <c>because</c> sentence, checked to be finite when it is a number.</summary>
    /// <exception cref="RuleSetEvaluationException">The value is NaN or infinite.</exception>
    public static object? Checked(CompiledRule rule, object? value) =>
        value is double d && !double.IsFinite(d)
            ? throw Error(rule, rule.Spec.Then.Because?.Location, "a value in its 'because' sentence", d)
            : value;

    /// <summary>PR5003 for a rule whose integer arithmetic overflowed (at its <c>then</c>, or the set when unknown).</summary>
    public static RuleSetEvaluationException Overflow(CompiledRule? rule, SourceLocation fallback, OverflowException e)
    {
        var who = rule is null ? "a rule's condition" : $"rule '{rule.Id}'";
        var detail = $"{who} computed a whole number too large for 64 bits (an integer overflow); "
            + "guard the expression, or make a term a decimal number (for example 1.0 * x).";
        return new RuleSetEvaluationException(RulesCodes.NonFiniteValue, rule?.Spec.Location ?? fallback, [], detail, e);
    }

    /// <summary>PR5003 for a condition whose integer arithmetic overflowed, at its pattern's condition when found.</summary>
    public static RuleSetEvaluationException ConditionOverflow(
        CompiledRule? rule, string condition, int patternIndex, SourceLocation fallback, Exception e)
    {
        if (rule is null) return Overflow(null, fallback, new OverflowException(e.Message, e));
        var pattern = patternIndex >= 0 && patternIndex < rule.Spec.When.Count ? rule.Spec.When[patternIndex] : null;
        var detail = $"rule '{rule.Id}' computed a whole number too large for 64 bits (an integer overflow) in its "
            + $"condition '{condition}'; guard the expression, or make a term a decimal number (for example 1.0 * x).";
        var at = pattern?.Where is { } where && where.Text.IndexOf(condition, StringComparison.Ordinal) is var i and >= 0
            ? where.MapOffset(i)
            : pattern?.Where?.Location ?? rule.Spec.Location;
        return new RuleSetEvaluationException(RulesCodes.NonFiniteValue, at, [rule.Id], detail, e);
    }

    private static RuleSetEvaluationException Error(CompiledRule rule, SourceLocation? at, string what, double value)
    {
        var shown = double.IsNaN(value) ? "not a number" : value > 0 ? "infinity" : "minus infinity";
        var detail = $"rule '{rule.Id}' computed {what} as {shown}, probably a division by zero or a number too large; "
            + "guard the expression (for example with a condition that the divisor is not 0).";
        return new RuleSetEvaluationException(RulesCodes.NonFiniteValue, at ?? rule.Spec.Location, [], detail, null);
    }
}
