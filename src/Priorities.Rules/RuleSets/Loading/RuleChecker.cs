using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Loading;

/// <summary>Checks what rules name against the merged rule set: dimensions, proposed priorities and derived facts.</summary>
internal static class RuleChecker
{
    public static void Check(IReadOnlyList<RuleSpec> rules, IReadOnlyList<PriorityDefinition> priorities, ScoringModel? scoring, IReadOnlyList<FactTypeDefinition> factTypes, DiagnosticBag bag)
    {
        var catalogue = priorities.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var dimensions = scoring?.Dimensions.Select(d => d.Id).ToArray();
        foreach (var rule in rules)
        {
            if (dimensions is not null) Scores(rule, dimensions, bag);
            Propose(rule, catalogue, bag);
            foreach (var derive in rule.Then.Derive) Derive(derive, factTypes, bag);
        }
        Usage(rules, priorities, scoring, bag);
    }

    /// <summary>The names of the rule's bindings of <c>priority</c> facts, which <c>propose</c> may name.</summary>
    public static IEnumerable<string> PriorityBindings(RuleSpec rule) =>
        rule.When.Where(p => p.Form == PatternForm.Fact && p.FactType == "priority").Select(p => p.Binding);

    private static void Scores(RuleSpec rule, string[] dimensions, DiagnosticBag bag)
    {
        foreach (var score in rule.Then.Scores.Where(s => !dimensions.Contains(s.Dimension, StringComparer.Ordinal)))
            bag.Error(RulesCodes.UnknownScoreDimension, score.DimensionLocation,
                $"Rule '{rule.Id}' scores '{score.Dimension}', which is not a dimension of the scoring model.{Hints.DidYouMean(score.Dimension, dimensions)}");
    }

    private static void Propose(RuleSpec rule, HashSet<string> catalogue, DiagnosticBag bag)
    {
        if (rule.Then.Propose is not { } target || catalogue.Contains(target)) return;
        var bindings = PriorityBindings(rule).ToList();
        if (bindings.Contains(target, StringComparer.Ordinal)) return;
        bag.Error(RulesCodes.UnknownPropose, rule.Then.ProposeLocation!,
            $"Rule '{rule.Id}' proposes '{target}', which is neither a catalogue priority nor a binding of a 'priority' pattern.{Hints.DidYouMean(target, catalogue.Concat(bindings))}");
    }

    private static void Derive(DeriveSpec derive, IReadOnlyList<FactTypeDefinition> factTypes, DiagnosticBag bag)
    {
        var type = factTypes.FirstOrDefault(t => t.Name == derive.FactType);
        if (type is null)
        {
            bag.Error(RulesCodes.UnknownDeriveType, derive.FactTypeLocation,
                $"'derive' names fact type '{derive.FactType}', which is not declared under 'facts:'.{Hints.DidYouMean(derive.FactType, factTypes.Select(t => t.Name))}");
            return;
        }
        var fields = type.Fields.Select(f => f.Name).ToArray();
        foreach (var (field, value) in derive.Values.Where(v => !fields.Contains(v.Key, StringComparer.Ordinal)))
            bag.Error(RulesCodes.UnknownDeriveField, value.Location,
                $"Fact type '{type.Name}' has no field '{field}'.{Hints.DidYouMean(field, fields)}");
    }

    private static void Usage(IReadOnlyList<RuleSpec> rules, IReadOnlyList<PriorityDefinition> priorities, ScoringModel? scoring, DiagnosticBag bag)
    {
        var proposed = rules.Select(r => r.Then.Propose).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var throughBinding = rules.Any(r => r.Then.Propose is { } p && PriorityBindings(r).Contains(p, StringComparer.Ordinal));
        // A rule proposing an unknown id (already an error) may have meant any priority: no guesses about which are unproposed.
        var misspelt = proposed.Any(p => !priorities.Any(d => d.Id == p)) && !throughBinding;
        if (!throughBinding && !misspelt)
            foreach (var priority in priorities.Where(p => !proposed.Contains(p.Id)))
                bag.Warning(RulesCodes.UnproposedPriority, priority.Location, $"No rule proposes priority '{priority.Id}', so it can never score.");
        var scored = rules.SelectMany(r => r.Then.Scores).Select(s => s.Dimension).ToHashSet(StringComparer.Ordinal);
        foreach (var dimension in scoring?.Dimensions.Where(d => !scored.Contains(d.Id)) ?? [])
            bag.Warning(RulesCodes.UnscoredDimension, dimension.Location, dimension.Missing is null
                ? $"No rule scores dimension '{dimension.Id}', so no priority ever has evidence for it (its 'missing' is unknown)."
                : $"No rule scores dimension '{dimension.Id}', so it always scores its 'missing' value.");
    }
}
