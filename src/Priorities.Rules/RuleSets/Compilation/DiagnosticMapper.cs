using Priorities.Diagnostics;
using Priorities.Engine.Model;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Compilation;

/// <summary>
/// Maps the engine's diagnostics back to the rule file: the pattern, action and value they name, and the offset
/// inside the expression, become a file, line and column through the model's <see cref="SourceText"/>. Codes and
/// messages stay the engine's. Diagnostics of the hidden probe rules repeat their rule's and are dropped.
/// </summary>
internal sealed class DiagnosticMapper(RuleSetDocument document, IReadOnlyList<RulePlan> plans)
{
    public Diagnostic? Map(RuleDiagnostic d)
    {
        if (d.RuleId is not null && d.RuleId.StartsWith(Proposal.ProbePrefix, StringComparison.Ordinal)) return null;
        var plan = Find(d);
        var location = plan is null ? document.Location : Locate(d, plan);
        return new Diagnostic(d.Code, DiagnosticSeverity.Error, d.Message, location);
    }

    private RulePlan? Find(RuleDiagnostic d)
    {
        var matches = plans.Where(p => string.Equals(p.Id, d.RuleId, StringComparison.Ordinal)).ToList();
        if (matches.Count == 0) return null;
        return d.Code == "ENG001" && matches.Count > 1 ? matches[1] : matches[0];
    }

    private static SourceLocation Locate(RuleDiagnostic d, RulePlan plan)
    {
        var spec = plan.Spec;
        var pattern = d.PatternIndex >= 0 && d.PatternIndex < spec.When.Count ? spec.When[d.PatternIndex] : null;
        var action = d.ActionIndex >= 0 && d.ActionIndex < plan.Actions.Count ? d.ActionIndex : -1;
        return d.Element switch
        {
            RuleElement.Pattern when pattern is not null => d.Code == "ENG002" ? pattern.FactTypeLocation : pattern.Location,
            RuleElement.PatternCondition when pattern is not null => At(pattern.Where, d) ?? pattern.Location,
            RuleElement.PatternValue when pattern is not null => At(pattern.Of, d) ?? pattern.Location,
            RuleElement.Action when action >= 0 => plan.Actions[action]?.FactTypeLocation ?? spec.Then.ProposeLocation ?? spec.Location,
            RuleElement.ActionValue when action >= 0 => Value(plan, action, d) ?? spec.Location,
            _ => spec.Location,
        };
    }

    private static SourceLocation? Value(RulePlan plan, int action, RuleDiagnostic d)
    {
        if (plan.Actions[action] is { } derive)
        {
            var value = derive.Values.FirstOrDefault(v => string.Equals(v.Key, d.ValueName, StringComparison.Ordinal)).Value;
            return At(value, d) ?? derive.Location;
        }
        var then = plan.Spec.Then;
        var name = d.ValueName ?? string.Empty;
        if (name == Proposal.PriorityValue) return then.ProposeLocation?.Offset(0, Math.Min(d.Offset, then.Propose?.Length ?? 0));
        var score = then.Scores.FirstOrDefault(s => Proposal.ScoreValue(s.Dimension) == name);
        if (score is not null) return At(score.Value, d);
        var parts = plan.Proposal?.Because.Where(p => p.IsExpression).ToList() ?? [];
        var index = Enumerable.Range(0, parts.Count).FirstOrDefault(i => Proposal.BecauseValue(i) == name, -1);
        return index >= 0 && then.Because is not null ? then.Because.MapOffset(parts[index].Offset + d.Offset) : null;
    }

    private static SourceLocation? At(SourceText? text, RuleDiagnostic d) => text?.MapOffset(d.Offset);
}
