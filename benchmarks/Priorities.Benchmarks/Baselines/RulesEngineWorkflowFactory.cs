using System.Globalization;
using Priorities.Benchmarks.Workload;
using RulesEngine.Models;

namespace Priorities.Benchmarks.Baselines;

/// <summary>
/// Translates the workload rules into Microsoft RulesEngine workflows: one workflow per category
/// (named after it), one lambda-expression rule per workload rule (named after its id) over the
/// inputs <c>t</c> (CrimeTrend), <c>h</c> (HarmScore), <c>cc</c> (CommunityConcern) and
/// <c>d</c> (the StatutoryDuty facts).
/// </summary>
public static class RulesEngineWorkflowFactory
{
    public static Workflow[] CreateWorkflows(IEnumerable<WorkloadRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules
            .GroupBy(rule => rule.Category, StringComparer.Ordinal)
            .Select(group => new Workflow
            {
                WorkflowName = group.Key,
                Rules = group.Select(CreateRule).ToList(),
            })
            .ToArray();
    }

    public static Rule CreateRule(WorkloadRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new Rule
        {
            RuleName = rule.Id,
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = Expression(rule),
        };
    }

    /// <summary>The condition of <paramref name="rule"/> in RulesEngine's (Dynamic LINQ) expression language.</summary>
    public static string Expression(WorkloadRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var category = Quote(rule.Category);
        var trend = $"t.Category == {category} && t.DeltaPct > {Number(rule.DeltaThreshold)}";
        return rule.Template switch
        {
            RuleTemplate.RisingTrend => trend,
            RuleTemplate.HighHarm => $"{trend} && h.Category == {category} && h.Score >= {Number(rule.HarmMin)}",
            RuleTemplate.CommunityConcern =>
                $"{trend} && cc.Category == {category} && cc.Level >= {Number(rule.LevelMin)} && cc.Area == t.Area",
            RuleTemplate.StatutoryDuty =>
                $"t.Category == {category} && t.Count >= {Number(rule.CountMin)} && d.Any(x => x.Name == {Quote(rule.Duty)})",
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Template, "Unknown rule template."),
        };
    }

    private static string Quote(string text) => "\"" + text + "\"";

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
