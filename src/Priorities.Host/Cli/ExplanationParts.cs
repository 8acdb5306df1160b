using System.Text;
using Priorities.Results;

namespace Priorities.Host.Cli;

/// <summary>The sections <c>explain</c> prints for selected and unselected priorities alike.</summary>
internal static class ExplanationParts
{
    public static void AppendBreakdown(StringBuilder text, IReadOnlyList<ScoreComponent> breakdown, double total)
    {
        text.Append("\nScore breakdown:\n");
        var table = new TextTable("Dimension", ">Raw", ">Score", ">Weight", ">Contribution");
        foreach (var c in breakdown)
            table.Add(c.Evidence == EvidenceState.Missing ? c.Dimension + " (no evidence)" : c.Dimension, Numbers.Format(c.Raw),
                Numbers.Format(c.Score), Numbers.Format(c.Weight), Numbers.Format(c.Contribution));
        table.Add("total", string.Empty, string.Empty, string.Empty, Numbers.Format(total));
        text.Append(table.Render("  "));
    }

    public static void AppendRules(StringBuilder text, string heading, IReadOnlyList<FiredRule> rules)
    {
        text.Append('\n').Append(heading).Append(":\n");
        if (rules.Count == 0)
        {
            text.Append("  (none)\n");
            return;
        }
        foreach (var rule in rules)
        {
            text.Append("  ").Append(rule.Id).Append(rule.Sensitive ? " [sensitive]" : string.Empty).Append('\n');
            if (rule.Because.Length > 0) text.Append("    because: ").Append(rule.Because).Append('\n');
            if (rule.Scores.Count > 0) text.Append("    raw scores: ").AppendJoin(", ", rule.Scores.Select(s => $"{s.Dimension} {Numbers.Format(s.Raw)}")).Append('\n');
            if (rule.Tags.Count > 0) text.Append("    tags: ").AppendJoin(", ", rule.Tags).Append('\n');
        }
    }

    public static void AppendList(StringBuilder text, string heading, IEnumerable<string> lines)
    {
        text.Append('\n').Append(heading).Append(":\n");
        var any = false;
        foreach (var line in lines)
        {
            text.Append("  - ").Append(line).Append('\n');
            any = true;
        }
        if (!any) text.Append("  (none)\n");
    }

    public static string Evidence(Evidence evidence)
    {
        var line = new StringBuilder().Append(evidence.Kind).Append(": ").Append(evidence.Summary);
        if (evidence.Source is { Length: > 0 } source) line.Append(" (source: ").Append(source).Append(')');
        if (evidence.Sensitive) line.Append(" [sensitive]");
        return line.ToString();
    }
}
