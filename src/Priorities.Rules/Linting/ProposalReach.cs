using System.Text.RegularExpressions;
using Priorities.Diagnostics;
using Priorities.Engine;
using Priorities.Engine.Model;
using Priorities.RuleSets.Compilation;
using Priorities.RuleSets.Model;

namespace Priorities.Linting;

/// <summary>
/// PR6102: a catalogue priority no rule can propose — no rule names it in <c>propose</c>, and no rule proposing a
/// <c>priority</c> binding accepts it. A binding pattern's condition is tried on each catalogue entry on its own; one
/// that reads what the assessment decides (<c>continuing</c>, <c>pcc</c>, <c>returning</c>, <c>since</c>,
/// <c>yearsAdopted</c>) or another binding is taken to accept every priority, so nothing is reported on a guess.
/// </summary>
internal static partial class ProposalReach
{
    public static void Check(CompiledRules compiled, DiagnosticBag bag)
    {
        var document = compiled.Document;
        var reachable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in compiled.Rules.Where(r => r.Proposal is not null))
        {
            if (rule.Proposal!.Literal is { } literal) reachable.Add(literal);
            else if (Accepted(rule.Spec, rule.Proposal.PatternIndex, document.Priorities) is { } ids) reachable.UnionWith(ids);
            else return;
        }
        foreach (var priority in document.Priorities.Where(p => !reachable.Contains(p.Id)))
            bag.Warning(RulesCodes.LintPriorityUnproposable, priority.Location,
                $"No rule can propose priority '{priority.Id}': no rule names it in 'propose', and no rule proposing a "
                + "'priority' binding accepts it, so it can never be a candidate with evidence.");
    }

    /// <summary>The catalogue ids the rule's priority pattern accepts, or null when that cannot be told without an assessment.</summary>
    private static string[]? Accepted(RuleSpec spec, int index, IReadOnlyList<PriorityDefinition> catalogue)
    {
        var pattern = spec.When[index];
        if (pattern.Where is not { } where) return catalogue.Select(p => p.Id).ToArray();
        if (AssessmentField().IsMatch(where.Text)) return null;
        var rule = new RuleDefinition("accepts", [PatternDefinition.Match(pattern.Binding, AssessmentFactTypes.PriorityName, where.Text)],
            [ActionDefinition.Emit("accepted", [new("id", pattern.Binding + ".id")])]);
        var compilation = new RuleSetBuilder().AddFactType(AssessmentFactTypes.Priority).AddRule(rule).Compile();
        if (compilation.RuleSet is not { } ruleSet) return null;
        var session = ruleSet.CreateSession();
        foreach (var priority in catalogue) session.Insert(AssessmentFactTypes.Priority, Record(priority));
        return session.Fire().Firings.Select(f => (string)f.Output(0).Get("id")!).ToArray();
    }

    /// <summary>The priority fact of a catalogue entry as a partnership with no plan history and no PCC plan sees it.</summary>
    private static Engine.Facts.FactRecord Record(PriorityDefinition p) => AssessmentFactTypes.Priority.Create(
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = p.Id,
            ["title"] = p.Title,
            ["theme"] = p.Theme,
            ["covers"] = p.Covers.Order(StringComparer.Ordinal).ToArray(),
            ["legalBasis"] = p.LegalBasis ?? string.Empty,
            ["continuing"] = false,
            ["pcc"] = false,
            ["returning"] = false,
            ["since"] = null,
            ["yearsAdopted"] = 0L,
        });

    [GeneratedRegex(@"\.\s*(continuing|pcc|returning|since|yearsAdopted)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AssessmentField();
}
