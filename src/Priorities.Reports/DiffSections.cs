using Priorities.Diffs;

namespace Priorities.Reports;

/// <summary>The sections of a diff report: moves in and out, every priority, the deltas, rules and scoring.</summary>
internal static class DiffSections
{
    public static ReportSection Moves(PlanDiff diff)
    {
        var summary = $"{ReportText.Plural(diff.Entered.Count, "priority", "priorities")} entered the plan and "
            + $"{ReportText.Plural(diff.Left.Count, "priority", "priorities")} left it; "
            + $"{ReportText.Plural(diff.Movers.Count, "priority", "priorities")} moved in rank, score or breakdown.";
        var moves = diff.Entered.Concat(diff.Left).Select(m => m.Sentence).ToArray();
        ReportBlock[] blocks = moves.Length == 0
            ? [new ParagraphBlock(summary), new ParagraphBlock("No priority entered or left the plan.")]
            : [new ParagraphBlock(summary), new ListBlock(moves)];
        return new ReportSection("diff-moves", "What changed in the plan", blocks);
    }

    public static ReportSection Priorities(PlanDiff diff) => new(
        "diff-priorities", "Each priority, old and new", DiffTables.Places(diff));

    public static ReportSection Contributions(PlanDiff diff)
    {
        var movers = diff.Priorities.Where(p => p.Contributions.Count > 0).ToArray();
        ReportBlock block = movers.Length == 0
            ? new ParagraphBlock("No dimension of any priority's score changed.")
            : DiffTables.Contributions(movers);
        return new ReportSection("diff-contributions", "What explains the moves", block);
    }

    public static ReportSection Rules(PlanDiff diff)
    {
        if (diff.Kind == DiffKinds.Assessments)
            return new ReportSection("diff-rules", "Rules", new ParagraphBlock(
                $"Both plans use rule set {diff.New.RuleSet.Id} version {diff.New.RuleSet.Version}: only the evidence differs."));
        var rules = diff.Rules;
        var items = new List<string>();
        if (rules.Added.Count > 0) items.Add("Added: " + string.Join(", ", rules.Added));
        if (rules.Removed.Count > 0) items.Add("Removed: " + string.Join(", ", rules.Removed));
        items.AddRange(rules.Changed.Select(c => $"Changed: {c.Id} ({string.Join(", ", c.Parts)})"));
        ReportBlock block = items.Count == 0
            ? new ParagraphBlock("No rule was added, removed or changed in content.")
            : new ListBlock(items);
        return new ReportSection("diff-rules", "Rules", block);
    }

    public static ReportSection Scoring(PlanDiff diff)
    {
        var scoring = diff.Scoring;
        var blocks = new List<ReportBlock>();
        if (scoring.Changed.Count > 0) blocks.Add(DiffTables.Dimensions(scoring));
        var items = new List<string>();
        if (scoring.Added.Count > 0) items.Add("Dimensions added: " + string.Join(", ", scoring.Added));
        if (scoring.Removed.Count > 0) items.Add("Dimensions removed: " + string.Join(", ", scoring.Removed));
        if (scoring.Method is { } method) items.Add($"Scoring method: {method.Old} to {method.New}");
        if (scoring.Top is { } top) items.Add($"Priorities selected at most: {Limit(top.Old)} to {Limit(top.New)}");
        if (scoring.MinScore is { } min) items.Add($"Minimum score: {Limit(min.Old)} to {Limit(min.New)}");
        if (scoring.MinCoverage is { } coverage) items.Add($"Minimum coverage: {Limit(coverage.Old)} to {Limit(coverage.New)}");
        if (scoring.TieBreak is { } tie) items.Add($"Tie-break: {tie.Old} to {tie.New}");
        if (items.Count > 0) blocks.Add(new ListBlock(items));
        if (blocks.Count == 0) blocks.Add(new ParagraphBlock("No dimension, weight, band or selection setting changed."));
        return new ReportSection("diff-scoring", "Scoring", blocks, []);
    }

    private static string Limit(double? value) => value is { } v ? ReportText.Number(v) : "none";
}
