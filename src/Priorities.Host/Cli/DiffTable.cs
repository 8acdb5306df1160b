using System.Text;
using Priorities.Diffs;

namespace Priorities.Host.Cli;

/// <summary>
/// A plan diff as plain text for a terminal: what was compared, the priorities that entered and left the plan, every
/// priority's old and new place and score, the contribution deltas of those that moved, then rules and scoring.
/// </summary>
internal static class DiffTable
{
    public static string Format(PlanDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var text = new StringBuilder();
        text.Append(Heading(diff)).Append("\n\n");
        AppendMoves(text, diff);
        text.Append('\n').Append(Places(diff));
        AppendDeltas(text, diff);
        text.Append('\n').Append(DiffChanges.Rules(diff)).Append('\n');
        text.Append(DiffChanges.Scoring(diff.Scoring)).Append('\n');
        return text.ToString();
    }

    private static string Heading(PlanDiff diff)
    {
        var (news, olds) = (diff.New, diff.Old);
        var view = diff.Public ? " (public views)" : string.Empty;
        return diff.Kind == DiffKinds.RuleSets
            ? $"Plan diff{view}: rule set {Rules(news)} against {Rules(olds)}, over {news.Partnership}, {Period(news)}"
            : $"Plan diff{view}: {news.Partnership}, {Period(news)} against {olds.Partnership}, {Period(olds)}, under rule set {Rules(news)}";
    }

    private static void AppendMoves(StringBuilder text, PlanDiff diff)
    {
        if (diff.Entered.Count == 0 && diff.Left.Count == 0)
        {
            text.Append("No priority entered or left the plan.\n");
            return;
        }
        foreach (var move in diff.Entered.Concat(diff.Left)) text.Append("  ").Append(move.Sentence).Append('\n');
    }

    private static string Places(PlanDiff diff)
    {
        var table = new TextTable("Priority", "Old", "New", ">Old score", ">New score", ">Change").Limit(0, 40);
        foreach (var p in diff.Priorities)
            table.Add(p.Title, Place(p.Old), Place(p.New), Numbers.Format(p.Old.Score), Numbers.Format(p.New.Score),
                p.ScoreDelta is { } delta ? Signed(delta) : "-");
        return table.Render();
    }

    private static void AppendDeltas(StringBuilder text, PlanDiff diff)
    {
        var movers = diff.Priorities.Where(p => p.Contributions.Count > 0).ToArray();
        if (movers.Length == 0) return;
        text.Append("\nWhat moved each score (contribution old -> new):\n");
        foreach (var p in movers)
        {
            var parts = p.Contributions.Select(c =>
                $"{c.Dimension} {Numbers.Format(c.Contribution.Old)} -> {Numbers.Format(c.Contribution.New)} "
                + $"({Signed(c.Delta)}; {string.Join(", ", c.Causes)})");
            text.Append("  ").Append(p.Title).Append(": ").Append(string.Join("; ", parts)).Append('\n');
        }
    }

    private static string Place(PriorityPlace place) => place.State switch
    {
        PriorityStates.Selected => $"{place.Rank} in plan",
        PriorityStates.NotSelected => $"{place.Rank} left out",
        PriorityStates.EvidenceGap => "evidence gap",
        _ => "not proposed",
    };

    private static string Rules(DiffSide side) => $"{side.RuleSet.Id} {side.RuleSet.Version} (hash {Numbers.ShortHash(side.RuleSet.Hash)})";

    private static string Period(DiffSide side) =>
        side.Period.Label ?? (side.Period.Start == side.Period.End ? side.Period.Start : $"{side.Period.Start} to {side.Period.End}");

    private static string Signed(double value) => value > 0 ? "+" + Numbers.Format(value) : Numbers.Format(value);
}
