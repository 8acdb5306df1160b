using System.Globalization;
using System.Text.RegularExpressions;
using Priorities.Engine.Facts;
using Priorities.Engine.Network;
using Priorities.RuleSets.Compilation;
using Priorities.RuleSets.Model;
using static Priorities.Evaluation.BecauseRenderer;

namespace Priorities.Evaluation;

/// <summary>
/// Phrases a failed condition for a board: the condition (bindings replaced by their fact types), the fact it was
/// tried on, its actual value and the shortfall, such as
/// <c>trend.changePct >= 10 not met: burglary in Oxford changed by 6.3%, 3.7 short of 10</c>; or, for a value the
/// assessment does not give, <c>has(trend.changePct) not met: trend.changePct is unknown for burglary in Oxford</c>.
/// </summary>
internal static partial class ConditionPhraser
{
    public static string Phrase(ConditionOutcome outcome, CandidateExplanation candidate, RuleSpec spec)
    {
        var text = Readable(outcome.Condition, spec);
        var fact = FactOf(outcome.PatternIndex, candidate, spec);
        var subject = fact is null ? string.Empty : Subject(fact);
        if (outcome.Unknown is { } unknown)
        {
            var field = Readable(unknown, spec);
            return subject.Length == 0 ? $"{text} not met: {field} is unknown" : $"{text} not met: {field} is unknown for {subject}";
        }
        if (outcome.Operator is null || outcome.Left is null)
            return subject.Length == 0 ? $"{text} not met" : $"{text} not met for {subject}";
        var actual = Actual(outcome, subject);
        return IsNumber(outcome.Left) && IsNumber(outcome.Right)
            ? $"{text} not met: {actual}{Gap(outcome.Operator, outcome.Left, outcome.Right!)}"
            : $"{text} not met: {actual}";
    }

    private static string Actual(ConditionOutcome outcome, string subject)
    {
        var left = LeftSide(outcome.Condition, outcome.Operator!);
        var field = FieldAccess().Match(left);
        var value = Format(outcome.Left);
        var phrase = !field.Success ? $"{left} was {value}"
            : field.Groups["field"].Value == "changePct" ? $"changed by {value}%"
            : $"{field.Groups["field"].Value} was {value}";
        return subject.Length == 0 ? phrase : $"{subject} {phrase}";
    }

    private static string Gap(string op, object left, object right)
    {
        var l = Convert.ToDouble(left, CultureInfo.InvariantCulture);
        var r = Convert.ToDouble(right, CultureInfo.InvariantCulture);
        static string Amount(double x) => Format(Math.Round(x, 1));
        return op switch
        {
            ">" when l == r => $", which is not above {Format(right)}",
            "<" when l == r => $", which is not below {Format(right)}",
            ">=" or ">" => $", {Amount(r - l)} short of {Format(right)}",
            "<=" or "<" => $", {Amount(l - r)} over {Format(right)}",
            "==" => $", {Amount(Math.Abs(l - r))} away from {Format(right)}",
            _ => string.Empty,
        };
    }

    private static bool IsNumber(object? value) => value is long or double or int;

    private static string LeftSide(string condition, string op)
    {
        var at = condition.IndexOf(" " + op + " ", StringComparison.Ordinal);
        return (at < 0 ? condition : condition[..at]).Trim();
    }

    private static FactRecord? FactOf(int patternIndex, CandidateExplanation candidate, RuleSpec spec)
    {
        if (patternIndex < 0 || patternIndex >= spec.When.Count || spec.When[patternIndex].Form != PatternForm.Fact) return null;
        var ordinal = spec.When.Take(patternIndex).Count(p => p.Form == PatternForm.Fact);
        return ordinal < candidate.Facts.Count ? candidate.Facts[ordinal]?.Fact as FactRecord : null;
    }

    /// <summary>What a fact is about: <c>burglary in Oxford</c>, <c>burglary</c>, <c>priority x</c> or its type.</summary>
    public static string Subject(FactRecord fact)
    {
        string Text(string field) => fact.Type.TryGetField(field, out _) ? fact[field] as string ?? string.Empty : string.Empty;
        if (fact.Type.Name == AssessmentFactTypes.PriorityName) return "priority " + Text("id");
        var (category, area) = (Text("categoryName") is { Length: > 0 } named ? named : Text("category"), Text("area"));
        var name = category.Length > 0 ? category : Text("indicator") is { Length: > 0 } indicator ? indicator : Text("id");
        if (name.Length == 0) return area.Length > 0 ? area : fact.Type.Name;
        return area.Length > 0 ? $"{name} in {area}" : name;
    }

    /// <summary>The condition with each fact binding replaced by its type: <c>t.changePct</c> reads <c>trend.changePct</c>.</summary>
    private static string Readable(string condition, RuleSpec spec)
    {
        foreach (var p in spec.When.Where(p => p.Form is PatternForm.Fact or PatternForm.None && p.Binding != p.FactType))
            condition = Regex.Replace(condition, $@"(?<![\w.'""]){Regex.Escape(p.Binding)}\.", p.FactType + ".", RegexOptions.None, TimeSpan.FromSeconds(1));
        return condition;
    }

    [GeneratedRegex(@"^[A-Za-z_]\w*\.(?<field>[A-Za-z_]\w*)$", RegexOptions.None, 1000)]
    private static partial Regex FieldAccess();
}
