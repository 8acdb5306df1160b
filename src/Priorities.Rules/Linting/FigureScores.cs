using System.Text.RegularExpressions;
using Priorities.Diagnostics;
using Priorities.RuleSets.Model;

namespace Priorities.Linting;

/// <summary>
/// PR6107: a dimension with neither bands nor a lookup that a rule scores from a fact's field. Its score is then the
/// figure itself, and scores are public (they add up to the totals a public paper shows), so a figure from evidence
/// marked sensitive would reach a public view through the score, its contribution and the total. Constant scores
/// (a rule that gives 1) and banded dimensions are fine.
/// </summary>
internal static partial class FigureScores
{
    public static void Check(RuleSetDocument document, DiagnosticBag bag)
    {
        foreach (var dimension in document.Scoring.Dimensions.Where(d => d.Bands.Count == 0 && d.Lookup.Count == 0))
        {
            var reading = document.Rules
                .SelectMany(r => r.Then.Scores.Where(s => s.Dimension == dimension.Id).Select(s => (Rule: r, Score: s)))
                .FirstOrDefault(x => ReadsField(x.Rule, x.Score.Value.Text));
            if (reading.Rule is null) continue;
            bag.Warning(RulesCodes.LintScoreIsFigure, dimension.Location,
                $"Dimension '{dimension.Id}' has neither bands nor a lookup, so its score is the figure rule "
                + $"'{reading.Rule.Id}' computes ({reading.Score.Value.Text}). Scores are public: a figure from evidence "
                + "marked sensitive would show in public views through the score and the total. Give the dimension "
                + "bands or a lookup if its figures may be sensitive.");
        }
    }

    /// <summary>Whether the expression reads a field of one of the rule's bindings (<c>t.changePct</c>).</summary>
    private static bool ReadsField(RuleSpec rule, string expression) =>
        FieldRead().Matches(expression).Any(m => rule.When.Any(p => p.Binding == m.Groups[1].Value));

    [GeneratedRegex(@"(?<![\w.'""])([A-Za-z_][A-Za-z0-9_]*)\s*\.\s*[A-Za-z_]", RegexOptions.CultureInvariant)]
    private static partial Regex FieldRead();
}
