using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Engine.Model;
using Priorities.RuleSets.Model;
using Priorities.Yaml;

namespace Priorities.RuleSets.Compilation;

/// <summary>
/// Translates a <see cref="RuleSpec"/> to the engine's rule model, reporting problems the engine cannot see. When only
/// checking a rule set the reader found errors in, a proposal the reader rejected is taken as written and derives of
/// undeclared types or fields are left out, so the rest of the rule is still type-checked without repeating the reader.
/// </summary>
internal sealed class RuleTranslator(RuleSetDocument document, DiagnosticBag bag, bool checkOnly)
{
    public (RuleDefinition Rule, RuleDefinition? Probe, CompiledRule Compiled) Translate(RuleSpec spec)
    {
        var patterns = spec.When.Select(Pattern).ToList();
        var actions = new List<ActionDefinition>();
        var sources = new List<DeriveSpec?>();
        var proposal = spec.Then.Propose is null ? null : Propose(spec, actions, sources);
        foreach (var derive in checkOnly ? spec.Then.Derive.Select(Declared).OfType<DeriveSpec>() : spec.Then.Derive)
        {
            if (AssessmentFactTypes.IsBuiltIn(derive.FactType))
            {
                bag.Error(RulesCodes.DeriveOfBuiltInType, derive.FactTypeLocation, $"Rules can derive only fact types declared under 'facts:'; '{derive.FactType}' comes from the assessment.");
                continue;
            }
            actions.Add(ActionDefinition.Insert(derive.FactType, derive.Values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value.Text))));
            sources.Add(derive);
        }
        var rule = new RuleDefinition(spec.Id, patterns, actions, spec.Salience, spec.Tags);
        var probe = proposal is { PatternIndex: >= 0 } ? Probe(spec, patterns, proposal.PatternIndex) : null;
        return (rule, probe, new CompiledRule(spec, proposal, sources));
    }

    private static PatternDefinition Pattern(PatternSpec p) => p.Form switch
    {
        PatternForm.Fact => PatternDefinition.Match(p.Binding, p.FactType, p.Where?.Text),
        PatternForm.None => PatternDefinition.NotExists(p.Binding, p.FactType, p.Where?.Text),
        PatternForm.Test => PatternDefinition.Test(p.Where?.Text ?? string.Empty),
        _ => PatternDefinition.Aggregate(p.Binding, Function(p.Form), p.FactType, p.Each ?? p.FactType, p.Where?.Text, p.Of?.Text),
    };

    private static AggregateFunction Function(PatternForm form) => form switch
    {
        PatternForm.Count => AggregateFunction.Count,
        PatternForm.Sum => AggregateFunction.Sum,
        PatternForm.Min => AggregateFunction.Min,
        _ => AggregateFunction.Max,
    };

    private Proposal? Propose(RuleSpec spec, List<ActionDefinition> actions, List<DeriveSpec?> sources)
    {
        var name = spec.Then.Propose!;
        var bindingIndex = PriorityBinding(spec, name);
        if (bindingIndex < 0 && !checkOnly && !document.Priorities.Any(p => string.Equals(p.Id, name, StringComparison.Ordinal)))
        {
            var known = document.Priorities.Select(p => p.Id).Concat(PriorityBindings(spec));
            bag.Error(RulesCodes.UnknownPropose, spec.Then.ProposeLocation ?? spec.Location,
                $"'{name}' is neither a priority of the catalogue nor the binding of a 'priority' fact.{Hint(name, known)}");
            return null;
        }
        var parts = Template(spec.Then.Because);
        var values = new List<KeyValuePair<string, string>>
        {
            new(Proposal.PriorityValue, bindingIndex >= 0 ? name + ".id" : "'" + name + "'"),
        };
        values.AddRange(spec.Then.Scores.Select(s => new KeyValuePair<string, string>(Proposal.ScoreValue(s.Dimension), s.Value.Text)));
        values.AddRange(parts.Where(p => p.IsExpression).Select((p, i) => new KeyValuePair<string, string>(Proposal.BecauseValue(i), p.Text)));
        actions.Add(ActionDefinition.Emit(Proposal.RecordName, values));
        sources.Add(null);
        return new Proposal(bindingIndex >= 0 ? null : name, bindingIndex, spec.Then.Scores.Select(s => s.Dimension).ToArray(), parts);
    }

    /// <summary>The derive with only the fields its declared type has; null when its type is not declared.</summary>
    private DeriveSpec? Declared(DeriveSpec derive)
    {
        var type = document.FactTypes.FirstOrDefault(t => string.Equals(t.Name, derive.FactType, StringComparison.Ordinal));
        if (type is null) return null;
        return derive with { Values = derive.Values.Where(v => type.Fields.Any(f => string.Equals(f.Name, v.Key, StringComparison.Ordinal))).ToArray() };
    }

    private IReadOnlyList<TemplatePart> Template(SourceText? because)
    {
        if (because is null) return [];
        var errors = new List<(int Offset, string Message)>();
        var parts = TemplateParser.Parse(because.Text, errors);
        foreach (var (offset, message) in errors) bag.Error(RulesCodes.BadBecause, because.MapOffset(offset), message);
        if (parts.Where(p => p.IsExpression).Skip(TemplateParser.MaxPlaceholders).FirstOrDefault() is not { } extra)
            return parts;
        bag.Error(RulesCodes.TooManyPlaceholders, because.MapOffset(extra.Offset - 1),
            $"A 'because' sentence may have at most {TemplateParser.MaxPlaceholders} placeholders; this is one too many.");
        return [];
    }

    private static int PriorityBinding(RuleSpec spec, string name)
    {
        for (var i = 0; i < spec.When.Count; i++)
        {
            var p = spec.When[i];
            if (p.Form == PatternForm.Fact && p.FactType == AssessmentFactTypes.PriorityName && p.Binding == name) return i;
        }
        return -1;
    }

    private static IEnumerable<string> PriorityBindings(RuleSpec spec) =>
        spec.When.Where(p => p.Form == PatternForm.Fact && p.FactType == AssessmentFactTypes.PriorityName).Select(p => p.Binding);

    private static string Hint(string name, IEnumerable<string> known) =>
        Suggestions.Nearest(name, known) is { } best ? $" Did you mean '{best}'?" : string.Empty;

    /// <summary>
    /// The patterns up to the priority pattern, emitting the priority's id: which priorities can the rule support? The
    /// whole prefix is kept (tests, none and aggregates too), so that a <c>has</c> guard in a test still proves what the
    /// priority pattern reads, and the probe compiles whenever the rule does.
    /// </summary>
    private static RuleDefinition Probe(RuleSpec spec, List<PatternDefinition> patterns, int priorityIndex)
    {
        var prefix = patterns.Take(priorityIndex + 1);
        var emit = ActionDefinition.Emit(Proposal.RecordName, [new(Proposal.PriorityValue, spec.Then.Propose + ".id")]);
        return new RuleDefinition(Proposal.ProbeId(spec.Id), prefix, [emit]);
    }
}
