using System.Text;
using Priorities.Results;

namespace Priorities.Host.Cli;

/// <summary>The evidence gaps of a plan as plain text: the candidates with too little evidence to be assessed.</summary>
internal static class EvidenceGapText
{
    public static void Append(StringBuilder text, IReadOnlyList<EvidenceGap> gaps)
    {
        if (gaps.Count == 0) return;
        text.Append("\nEvidence gaps (too little evidence to assess; neither selected nor left out):\n");
        foreach (var gap in gaps)
        {
            text.Append("  ").Append(gap.Title).Append(" (").Append(gap.Id).Append("): ");
            if (gap.Status == PriorityStatus.NotAssessed)
                text.Append("in last year's plan, not assessed: evidence missing; ");
            text.Append("coverage ").Append(Numbers.Coverage(gap.Coverage)).Append(", no evidence of ")
                .AppendJoin(", ", gap.Missing).Append('\n');
            text.Append("    Needs: ").Append(gap.Need).Append('\n');
        }
    }

    /// <summary>What <c>explain</c> prints for an evidence gap.</summary>
    public static string Explain(EvidenceGap gap, PlanResult result)
    {
        var text = new StringBuilder();
        text.Append(gap.Title).Append(" (").Append(gap.Id).Append(")\n");
        var previous = gap.Status == PriorityStatus.NotAssessed ? " (in last year's plan)" : string.Empty;
        text.Append("Not assessed: evidence missing").Append(previous)
            .Append(", for the proposed plan for ").Append(result.Partnership.Name).Append('\n');
        text.Append("Coverage: ").Append(Numbers.Coverage(gap.Coverage))
            .Append(" of the scoring weight has evidence\n");
        ExplanationParts.AppendList(text, "No evidence of", gap.Missing);
        text.Append("\nNeeds: ").Append(gap.Need).Append('\n');
        text.Append('\n').Append(PlanTable.RuleSetLine(result.RuleSet)).Append('\n');
        return text.ToString();
    }
}
