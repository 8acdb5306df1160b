using System.Text;
using Priorities.Results;

namespace Priorities.Host.Cli;

/// <summary>The full explanation <c>explain</c> prints: of a selected priority, or of a candidate left out.</summary>
internal static class PriorityExplanation
{
    /// <summary>Rank, score, breakdown, rationale, the rules that fired with their raw scores, and the evidence with sources.</summary>
    public static string Selected(ProposedPriority p, PlanResult result)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.Append(p.Title).Append(" (").Append(p.Id).Append(")\n");
        text.Append("Rank ").Append(Numbers.Format(p.Rank)).Append(" of ").Append(Numbers.Format(result.Priorities.Count))
            .Append(" in the proposed plan for ").Append(result.Partnership.Name).Append('\n');
        text.Append("Theme: ").Append(p.Theme).Append('\n');
        text.Append("Score: ").Append(Numbers.Format(p.Score)).Append(Coverage(p.Coverage)).Append('\n');
        text.Append("Status: ").Append(p.Status).Append('\n');
        text.Append("Mandatory: ").Append(p.Mandatory ? "yes" : "no");
        if (p.LegalBasis is { Length: > 0 } basis) text.Append(" (").Append(basis).Append(')');
        text.Append('\n');
        ExplanationParts.AppendBreakdown(text, p.Breakdown, p.Score);
        ExplanationParts.AppendList(text, "Rationale", p.Rationale);
        ExplanationParts.AppendRules(text, "Rules that fired", p.Rules);
        ExplanationParts.AppendList(text, "Evidence", p.Evidence.Select(ExplanationParts.Evidence));
        text.Append('\n').Append(PlanTable.RuleSetLine(result.RuleSet)).Append('\n');
        return text.ToString();
    }

    /// <summary>A candidate that was not selected: its score, how far it fell short and why not.</summary>
    public static string NotSelected(NotSelectedPriority c, PlanResult result)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.Append(c.Title).Append(" (").Append(c.Id).Append(")\n");
        text.Append("Not selected for the proposed plan for ").Append(result.Partnership.Name).Append('\n');
        text.Append("Theme: ").Append(c.Theme).Append('\n');
        text.Append("Score: ").Append(Numbers.Format(c.Score)).Append(Coverage(c.Coverage))
            .Append(", short by ").Append(Numbers.Format(c.Shortfall)).Append('\n');
        ExplanationParts.AppendBreakdown(text, c.Breakdown, c.Score);
        ExplanationParts.AppendList(text, "Why not", c.WhyNot);
        ExplanationParts.AppendRules(text, "Rules that fired", c.Rules);
        text.Append('\n').Append(PlanTable.RuleSetLine(result.RuleSet)).Append('\n');
        return text.ToString();
    }

    private static string Coverage(double coverage) =>
        coverage < 1 ? $" (coverage {Numbers.Coverage(coverage)}: rescaled from the dimensions with evidence)" : string.Empty;
}
