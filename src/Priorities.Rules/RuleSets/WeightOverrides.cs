using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Model;
using Priorities.Yaml;

namespace Priorities.RuleSets;

/// <summary>Checks and applies weights given in place of a rule set's own (a weight slider, a what-if).</summary>
internal static class WeightOverrides
{
    /// <summary>The largest weight accepted: far above any rule set's, small enough that no total overflows.</summary>
    public const double MaximumWeight = 1_000_000;

    /// <summary>
    /// PR2111 for a dimension the rule set does not have (with the nearest id), PR2112 for a weight that is negative,
    /// not finite or above <see cref="MaximumWeight"/>; empty when every override may be applied.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(ScoringModel scoring, IReadOnlyDictionary<string, double> weights)
    {
        var ids = scoring.Dimensions.Select(d => d.Id).ToArray();
        var problems = new List<Diagnostic>();
        foreach (var (id, weight) in weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            if (!ids.Contains(id, StringComparer.Ordinal))
            {
                var near = Suggestions.Nearest(id, ids) is { } n ? $" Did you mean '{n}'?" : string.Empty;
                problems.Add(Error(RulesCodes.WeightUnknownDimension,
                    $"There is no dimension '{id}' to weight; the rule set's dimensions are {string.Join(", ", ids)}.{near}"));
            }
            else if (!double.IsFinite(weight) || weight < 0 || weight > MaximumWeight)
            {
                problems.Add(Error(RulesCodes.WeightOutOfRange,
                    $"The weight of '{id}' must be a number from 0 to {MaximumWeight:0}; it was {weight}."));
            }
        }
        return problems;
    }

    /// <summary>The scoring model with the weights replaced (checked first with <see cref="Check"/>).</summary>
    public static ScoringModel Apply(ScoringModel scoring, IReadOnlyDictionary<string, double> weights) =>
        scoring with
        {
            Dimensions = scoring.Dimensions
                .Select(d => weights.TryGetValue(d.Id, out var w) ? d with { Weight = w } : d)
                .ToArray(),
        };

    private static Diagnostic Error(string code, string message) =>
        new(code, DiagnosticSeverity.Error, message, SourceLocation.None);
}
