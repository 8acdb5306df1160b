using System.Globalization;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets;

namespace Priorities.Host.Http;

/// <summary>
/// The <c>weights</c> query parameter: <c>harm:3,trend:1.5</c>, weights to use in place of the served rule set's own
/// (a weight slider). Checked against the rule set: an unknown dimension (PR2111), a weight out of range (PR2112) or
/// text that is not <c>dimension:number</c> pairs (PR8105) is a 400 naming it.
/// </summary>
internal static class WeightsParameter
{
    /// <summary>The rule set to evaluate with and null, or null and the 400 answer.</summary>
    public static (PlanRuleSet? RuleSet, IResult? Problem) Apply(PlanRuleSet ruleSet, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (ruleSet, null);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var pair in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || weights.ContainsKey(parts[0])
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
                return (null, Bad($"'weights' must be dimension:number pairs, each dimension once, such as "
                    + $"'harm:3,trend:1.5'; '{pair}' is not."));
            weights[parts[0]] = weight;
        }
        var problems = ruleSet.CheckWeights(weights);
        if (problems.Count > 0)
            return (null, Problems.Invalid("Invalid weights", problems.Select(AtQuery).ToArray()));
        return (ruleSet.WithWeights(weights), null);
    }

    private static Diagnostic AtQuery(Diagnostic d) => d with { Location = SourceLocation.StartOf("(query)") };

    private static IResult Bad(string message) =>
        Problems.Invalid("Invalid weights",
            [new Diagnostic(HttpCodes.BadQuery, DiagnosticSeverity.Error, message, SourceLocation.StartOf("(query)"))]);
}
