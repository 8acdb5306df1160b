using Priorities.Engine.Diagnostics;
using Priorities.Engine.Model;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Compilation;

/// <summary>
/// Maps the engine's diagnostics back to the rule file: the pattern, action and value they name, and the offset
/// inside the expression, become a file, line and column through the model's <see cref="SourceText"/>. Codes and
/// messages stay the engine's. Diagnostics of the hidden probe rules repeat their rule's and are dropped.
/// </summary>
internal sealed class DiagnosticMapper(RuleSetDocument document, IReadOnlyList<CompiledRule> rules)
{
    public Diagnostic? Map(RuleDiagnostic d)
    {
        if (d.RuleId is not null && d.RuleId.StartsWith(Proposal.ProbePrefix, StringComparison.Ordinal)) return null;
        var rule = Find(d);
        var location = rule is null ? document.Location : Locate(d, rule);
        return d.Diagnostic with { Location = location };
    }

    private CompiledRule? Find(RuleDiagnostic d)
    {
        var matches = rules.Where(p => string.Equals(p.Id, d.RuleId, StringComparison.Ordinal)).ToList();
        if (matches.Count == 0) return null;
        return d.Diagnostic.Code == EngineCodes.DuplicateRuleId && matches.Count > 1 ? matches[1] : matches[0];
    }

    private static SourceLocation Locate(RuleDiagnostic d, CompiledRule rule)
    {
        var spec = rule.Spec;
        var pattern = d.PatternIndex >= 0 && d.PatternIndex < spec.When.Count ? spec.When[d.PatternIndex] : null;
        var action = d.ActionIndex >= 0 && d.ActionIndex < rule.Actions.Count ? d.ActionIndex : -1;
        return d.Element switch
        {
            RuleElement.Pattern when pattern is not null => d.Diagnostic.Code == EngineCodes.UnknownFactType ? pattern.FactTypeLocation : pattern.Location,
            RuleElement.PatternCondition when pattern is not null => At(pattern.Where, d) ?? pattern.Location,
            RuleElement.PatternValue when pattern is not null => At(pattern.Of, d) ?? pattern.Location,
            RuleElement.Action when action >= 0 => rule.Actions[action]?.FactTypeLocation ?? spec.Then.ProposeLocation ?? spec.Location,
            RuleElement.ActionValue when action >= 0 => Value(rule, action, d) ?? spec.Location,
            _ => spec.Location,
        };
    }

    private static SourceLocation? Value(CompiledRule rule, int action, RuleDiagnostic d)
    {
        if (rule.Actions[action] is { } derive)
        {
            var value = derive.Values.FirstOrDefault(v => string.Equals(v.Key, d.ValueName, StringComparison.Ordinal)).Value;
            return At(value, d) ?? derive.Location;
        }
        var then = rule.Spec.Then;
        var name = d.ValueName ?? string.Empty;
        if (name == Proposal.PriorityValue) return then.ProposeLocation?.Offset(0, Math.Min(d.Offset, then.Propose?.Length ?? 0));
        var score = then.Scores.FirstOrDefault(s => Proposal.ScoreValue(s.Dimension) == name);
        if (score is not null) return At(score.Value, d);
        var parts = rule.Proposal?.Because.Where(p => p.IsExpression).ToList() ?? [];
        var index = Enumerable.Range(0, parts.Count).FirstOrDefault(i => Proposal.BecauseValue(i) == name, -1);
        return index >= 0 && then.Because is not null ? then.Because.MapOffset(parts[index].Offset + d.Offset) : null;
    }

    private static SourceLocation? At(SourceText? text, RuleDiagnostic d) => text?.MapOffset(d.Offset);
}
