using Priorities.Diagnostics;
using Priorities.Engine;
using Priorities.Engine.Diagnostics;
using Priorities.Engine.Facts;
using Priorities.Engine.Model;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Compilation;

/// <summary>Compiles a loaded rule set to the engine's rule model, mapping every engine diagnostic to its place in the file.</summary>
internal static class RuleSetCompiler
{
    /// <summary>The codes a check of a rule set the reader found errors in may add: what the reader cannot know.</summary>
    private static readonly HashSet<string> CheckCodes = typeof(EngineCodes).GetFields()
        .Select(f => (string)f.GetRawConstantValue()!).Append(RulesCodes.BadBecause).Append(RulesCodes.TypeRejected)
        .ToHashSet(StringComparer.Ordinal);

    public static CompiledRules? Compile(RuleSetDocument document, DiagnosticBag bag) => Run(document, bag, checkOnly: false);

    /// <summary>
    /// Type-checks a best-effort document of a rule set the reader found errors in, adding only what the reader cannot
    /// know: expression syntax and type errors (EXP/ENG codes, unknown fact types, non-numeric scores), malformed
    /// <c>because</c> templates (PR2503) and declared fact types the engine rejects (PR2505). Problems the reader
    /// reports itself (unknown proposals, derives of undeclared types or fields) are neither repeated nor let stop
    /// the check. Never produces compiled rules.
    /// </summary>
    public static void Check(RuleSetDocument document, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(bag);
        var scratch = new DiagnosticBag();
        Run(document, scratch, checkOnly: true);
        bag.AddRange(scratch.Items.Where(d => d.Severity == DiagnosticSeverity.Error && CheckCodes.Contains(d.Code)));
    }

    private static CompiledRules? Run(RuleSetDocument document, DiagnosticBag bag, bool checkOnly)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(bag);
        var errorsBefore = ErrorCount(bag);
        var types = FactTypes(document, bag);
        var translator = new RuleTranslator(document, bag, checkOnly);
        var compiled = new List<CompiledRule>();
        var rules = new List<RuleDefinition>();
        var probes = new List<RuleDefinition>();
        foreach (var spec in document.Rules)
        {
            var (rule, probe, translated) = translator.Translate(spec);
            rules.Add(rule);
            compiled.Add(translated);
            if (probe is not null) probes.Add(probe);
        }
        var compilation = Build(types, rules.Concat(probes));
        var mapper = new DiagnosticMapper(document, compiled);
        bag.AddRange(compilation.Diagnostics.Select(mapper.Map).OfType<Diagnostic>());
        ScoreTypes(compilation, types, rules, compiled, bag);
        if (ErrorCount(bag) > errorsBefore || compilation.RuleSet is null) return null;
        return new CompiledRules { Document = document, RuleSet = compilation.RuleSet, Rules = compiled };
    }

    private static int ErrorCount(DiagnosticBag bag) => bag.Items.Count(d => d.Severity == DiagnosticSeverity.Error);

    private static RuleSetCompilation Build(IEnumerable<FactType> types, IEnumerable<RuleDefinition> rules)
    {
        var builder = new RuleSetBuilder();
        foreach (var type in types) builder.AddFactType(type);
        return builder.AddRules(rules).Compile();
    }

    private static List<FactType> FactTypes(RuleSetDocument document, DiagnosticBag bag)
    {
        var types = new List<FactType>(AssessmentFactTypes.All);
        types.AddRange(RollUpFactTypes.All);
        foreach (var declared in document.FactTypes)
        {
            if (AssessmentFactTypes.IsBuiltIn(declared.Name) || RollUpFactTypes.IsRollUp(declared.Name))
            {
                bag.Error(RulesCodes.BuiltInTypeName, declared.Location, $"'{declared.Name}' is a built-in fact type; give the declared type another name.");
                continue;
            }
            try
            {
                types.Add(FactType.Define(declared.Name, declared.Fields.Select(f => new KeyValuePair<string, FieldType>(f.Name, f.Type)),
                    declared.Fields.Where(f => f.Nullable).Select(f => f.Name)));
            }
            catch (ArgumentException e)
            {
                bag.Error(RulesCodes.TypeRejected, declared.Location, e.Message.Split(" (Parameter", 2)[0]);
            }
        }
        return types;
    }

    /// <summary>
    /// Scores must be numeric. The engine types emitted values but does not constrain them, so each proposal's types
    /// are read from the compiled rules; when other rules have errors, the rules without any are compiled on their own.
    /// </summary>
    private static void ScoreTypes(RuleSetCompilation compilation, List<FactType> types, List<RuleDefinition> rules, List<CompiledRule> translated, DiagnosticBag bag)
    {
        var ruleSet = compilation.RuleSet;
        if (ruleSet is null)
        {
            var failed = compilation.Diagnostics.Select(d => d.RuleId).ToHashSet(StringComparer.Ordinal);
            ruleSet = Build(types, rules.Where(r => !failed.Contains(r.Id))).RuleSet;
        }
        if (ruleSet is null) return;
        var compiled = ruleSet.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in translated.Where(r => r.Proposal is not null && compiled.Contains(r.Id)))
        {
            var values = ruleSet.GetEmittedValues(rule.Id).Where(v => v.Action == 0).ToList();
            foreach (var score in rule.Spec.Then.Scores)
            {
                var value = values.Find(v => v.Name == Proposal.ScoreValue(score.Dimension));
                if (value is null || value.IsNumeric) continue;
                bag.Error(EngineCodes.TypeMismatch, score.Value.Location,
                    $"The score for '{score.Dimension}' must be a number, but this expression is {value.Type}.");
            }
        }
    }
}
