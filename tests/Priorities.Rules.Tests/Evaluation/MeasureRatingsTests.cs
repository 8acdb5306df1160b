using Priorities.Results;
using Priorities.RuleSets;
using static Priorities.Rules.Tests.Evaluation.TargetsFixture;

namespace Priorities.Rules.Tests.Evaluation;

/// <summary>A pack's own status rules in place of targets.yaml: what the plan does with statuses it cannot use.</summary>
public sealed class MeasureRatingsTests
{
    /// <summary>The worked example with <paramref name="rules"/> (derive rules) in place of the targets.yaml include.</summary>
    private static PlanRuleSet WithOwnStatusRules(string rules)
    {
        var text = File.ReadAllText(RuleSetPath).ReplaceLineEndings("\n")
            .Replace("include: [../../targets.yaml]", "facts:\n  measureStatus: { measure: string, status: string, rag: string }", StringComparison.Ordinal)
            .Replace("rules:\n", "rules:\n" + rules, StringComparison.Ordinal);
        var loaded = RuleSetLoader.LoadText(RuleSetPath, text);
        return loaded.RuleSet ?? throw new InvalidOperationException(string.Join("\n", loaded.Diagnostics));
    }

    private static string Derive(string id, string status, string rag) => $$"""
          - id: {{id}}
            when: [ { fact: measure, as: m, where: "m.id == 'cycle-thefts'" } ]
            then: { derive: { fact: measureStatus, values: { measure: m.id, status: "'{{status}}'", rag: "'{{rag}}'" } } }

        """;

    [Fact]
    public void Evaluate_StatusOutsideTheContract_NotUsedAndNoted()
    {
        var plan = WithOwnStatusRules(Derive("odd-status", "behind", "orange")).Evaluate(Assessment());

        var measure = plan.Priorities.SelectMany(p => p.Measures).Single(m => m.Id == "cycle-thefts");
        Assert.Equal((MeasureStatus.NoData, MeasureStatus.Grey), (measure.Status, measure.Rag));
        Assert.StartsWith("Not rated: 880 in 2024/25", measure.Summary, StringComparison.Ordinal);
        var note = Assert.Single(plan.DataQuality, n => n.Kind == "measure-status");
        Assert.Contains("Rule odd-status gave measure cycle-thefts the status 'behind' and RAG 'orange'", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TwoStatusesForAMeasure_TheWorseCountsAndIsNoted()
    {
        var plan = WithOwnStatusRules(Derive("kind", "achieved", "green") + Derive("harsh", "missed", "red")).Evaluate(Assessment());

        var measure = plan.Priorities.SelectMany(p => p.Measures).Single(m => m.Id == "cycle-thefts");
        Assert.Equal((MeasureStatus.Missed, MeasureStatus.Red), (measure.Status, measure.Rag));
        Assert.Contains(plan.DataQuality, n => n.Kind == "measure-status" && n.Message.Contains("the plan reports the worse, missed red", StringComparison.Ordinal));
    }
}
