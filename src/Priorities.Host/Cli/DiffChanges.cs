using Priorities.Diffs;

namespace Priorities.Host.Cli;

/// <summary>The rule and scoring changes of a plan diff, one line each, for <see cref="DiffTable"/>.</summary>
internal static class DiffChanges
{
    public static string Rules(PlanDiff diff)
    {
        if (diff.Kind == DiffKinds.Assessments) return "Rules: one rule set; only the evidence differs.";
        var rules = diff.Rules;
        if (rules.IsEmpty) return "Rules: none added, removed or changed in content.";
        var parts = new List<string>();
        if (rules.Added.Count > 0) parts.Add("added " + string.Join(", ", rules.Added));
        if (rules.Removed.Count > 0) parts.Add("removed " + string.Join(", ", rules.Removed));
        if (rules.Changed.Count > 0)
            parts.Add("changed " + string.Join(", ", rules.Changed.Select(c => $"{c.Id} ({string.Join(", ", c.Parts)})")));
        return "Rules: " + string.Join("; ", parts) + ".";
    }

    public static string Scoring(ScoringChanges scoring)
    {
        if (scoring.IsEmpty) return "Scoring: no dimension, weight, band or selection change.";
        var parts = new List<string>();
        if (scoring.Added.Count > 0) parts.Add("dimensions added " + string.Join(", ", scoring.Added));
        if (scoring.Removed.Count > 0) parts.Add("dimensions removed " + string.Join(", ", scoring.Removed));
        parts.AddRange(scoring.Changed.Select(Dimension));
        if (scoring.Method is { } method) parts.Add($"method {method.Old} -> {method.New}");
        if (scoring.Top is { } top) parts.Add($"top {Numbers.Format(top.Old)} -> {Numbers.Format(top.New)}");
        if (scoring.MinScore is { } min) parts.Add($"minScore {Numbers.Format(min.Old)} -> {Numbers.Format(min.New)}");
        if (scoring.MinCoverage is { } coverage) parts.Add($"minCoverage {Numbers.Format(coverage.Old)} -> {Numbers.Format(coverage.New)}");
        if (scoring.TieBreak is { } tie) parts.Add($"tieBreak {tie.Old} -> {tie.New}");
        return "Scoring: " + string.Join("; ", parts) + ".";
    }

    private static string Dimension(DimensionChange change)
    {
        var parts = new List<string>();
        if (change.Weight is { } weight) parts.Add($"weight {Numbers.Format(weight.Old)} -> {Numbers.Format(weight.New)}");
        if (change.Combine is { } combine) parts.Add($"combine {combine.Old} -> {combine.New}");
        if (change.Missing is { } missing) parts.Add($"missing {Missing(missing.Old)} -> {Missing(missing.New)}");
        if (change.Bands) parts.Add("bands changed");
        if (change.Lookup) parts.Add("lookup changed");
        return $"{change.Id} {string.Join(", ", parts)}";
    }

    private static string Missing(double? value) => value is { } v ? Numbers.Format(v) : "unknown";
}
