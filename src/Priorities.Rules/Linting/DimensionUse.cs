using Priorities.Diagnostics;
using Priorities.RuleSets.Model;

namespace Priorities.Linting;

/// <summary>PR6100: a dimension of the scoring model that no rule's <c>then.score</c> names.</summary>
internal static class DimensionUse
{
    public static void Check(RuleSetDocument document, DiagnosticBag bag)
    {
        var scored = Scored(document);
        foreach (var dimension in document.Scoring.Dimensions.Where(d => !scored.Contains(d.Id)))
            bag.Warning(RulesCodes.LintUnscoredDimension, dimension.Location, dimension.Missing is { } missing
                ? $"No rule scores dimension '{dimension.Id}': every priority gets its missing score "
                    + $"{LintText.Number(missing)}, so its weight {LintText.Number(dimension.Weight)} never tells priorities apart."
                : $"No rule scores dimension '{dimension.Id}': no priority ever has evidence for it, so its weight "
                    + $"{LintText.Number(dimension.Weight)} only lowers every priority's coverage.");
    }

    /// <summary>The ids of the dimensions some rule scores.</summary>
    public static IReadOnlySet<string> Scored(RuleSetDocument document) =>
        document.Rules.SelectMany(r => r.Then.Scores).Select(s => s.Dimension).ToHashSet(StringComparer.Ordinal);
}
