using System.Globalization;
using Priorities.Benchmarks.Workload;
using Priorities.Engine.Model;

namespace Priorities.Benchmarks.Engines;

/// <summary>
/// The workload's rules written in Priorities' expression language through the engine's public rule model —
/// the same text an analyst's rule file would compile to.
/// </summary>
public static class PrioritiesEngineRules
{
    public static RuleDefinition ToDefinition(WorkloadRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var trend = PatternDefinition.Match("t", "CrimeTrend", Trend(rule));
        var (patterns, points) = rule.Template switch
        {
            RuleTemplate.RisingTrend => (new[] { trend }, $"{rule.Weight} * t.DeltaPct / 10"),
            RuleTemplate.HighHarm => (new[] { trend, PatternDefinition.Match("h", "HarmScore", $"h.Category == '{rule.Category}' and h.Score >= {N(rule.HarmMin)}") }, $"{rule.Weight} * h.Score / 10"),
            RuleTemplate.CommunityConcern => (new[] { trend, PatternDefinition.Match("cc", "CommunityConcern", $"cc.Category == '{rule.Category}' and cc.Level >= {rule.LevelMin} and cc.Area == t.Area") }, $"{rule.Weight} * cc.Level"),
            _ => (new[] { trend, PatternDefinition.Match("d", "StatutoryDuty", $"d.Name == '{rule.Duty}'") }, $"{rule.Weight} * 5"),
        };
        var emit = ActionDefinition.Emit("contribution", [new("category", "t.Category"), new("area", "t.Area"), new("points", points)]);
        return new RuleDefinition(rule.Id, patterns, [emit], rule.Salience);
    }

    private static string Trend(WorkloadRule rule) => rule.Template == RuleTemplate.StatutoryDuty
        ? $"t.Category == '{rule.Category}' and t.Count >= {rule.CountMin}"
        : $"t.Category == '{rule.Category}' and t.DeltaPct > {N(rule.DeltaThreshold)}";

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
