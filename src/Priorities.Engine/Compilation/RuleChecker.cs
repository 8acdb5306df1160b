using Priorities.Engine.Diagnostics;
using Priorities.Engine.Expressions;
using Priorities.Engine.Expressions.Semantics;
using Priorities.Engine.Facts;
using Priorities.Engine.Model;

namespace Priorities.Engine.Compilation;

/// <summary>Type-checks one rule against the registered fact types and lays out its tuple slots.</summary>
internal sealed class RuleChecker
{
    private readonly IReadOnlyDictionary<string, FactType> _types;
    private readonly List<RuleDiagnostic> _diagnostics;
    private readonly List<ScopeBinding> _matchScope = [];
    private readonly List<ScopeBinding> _fullScope = [];
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly HashSet<string> _proven = new(StringComparer.Ordinal);
    private RuleDefinition _rule = null!;
    private int _errors;

    public RuleChecker(IReadOnlyDictionary<string, FactType> types, List<RuleDiagnostic> diagnostics)
    {
        _types = types;
        _diagnostics = diagnostics;
    }

    public CheckedRule? Check(RuleDefinition rule, int index)
    {
        _rule = rule;
        _errors = 0;
        if (!rule.Patterns.Any(p => p.Kind == PatternKind.Match))
            Report(At(EngineCodes.NoMatchPattern, "A rule needs at least one match pattern.", RuleElement.Rule));
        var aggregates = rule.Patterns.Count(p => p.Kind == PatternKind.Aggregate);
        var patterns = new List<CheckedPattern>();
        var elementSlot = rule.Patterns.Count;
        for (var i = 0; i < rule.Patterns.Count; i++)
        {
            var p = rule.Patterns[i];
            patterns.Add(CheckPattern(p, i, p.Kind == PatternKind.Aggregate ? elementSlot++ : -1));
        }
        var actions = rule.Actions.Select(CheckAction).ToList();
        return _errors > 0 ? null : new CheckedRule(rule, index, patterns, actions, new Dictionary<string, int>(_slots), rule.Patterns.Count + aggregates);
    }

    private CheckedPattern CheckPattern(PatternDefinition p, int i, int elementSlot)
    {
        var type = p.Kind == PatternKind.Test ? null : ResolveType(p.FactType, i);
        var own = p.Kind == PatternKind.Aggregate ? p.Element : p.Binding;
        if (p.Kind != PatternKind.Test) CheckName(own, i);
        var local = type is null || own is null ? [] : new[] { ScopeBinding.Fact(own, type) };
        var baseScope = p.Kind == PatternKind.Match ? _matchScope : _fullScope;
        var scope = new ExpressionScope(baseScope.Concat(local), _proven);
        var condition = p.Condition is null ? null : CheckExpression(p.Condition, scope, ExprType.Boolean, RuleElement.PatternCondition, i);
        if (p.Kind is PatternKind.Match or PatternKind.Test)
            _proven.UnionWith(ExpressionLanguage.ProvenWhenTrue(p.Condition));
        var value = p.Kind == PatternKind.Aggregate && p.Function != AggregateFunction.Count
            ? CheckAggregateValue(p, ValueScope(scope, p), i)
            : null;
        if (p.Kind == PatternKind.Test && p.Condition is null) Report(Error(EngineCodes.TestWithoutCondition, "A test pattern needs a condition.", RuleElement.Pattern, i));
        Bind(p, i, type);
        return new CheckedPattern(p, i, type, condition, value, i, elementSlot);
    }

    /// <summary>An aggregate's value is computed only over facts that meet its condition, so what that proves holds in it.</summary>
    private static ExpressionScope ValueScope(ExpressionScope scope, PatternDefinition p) =>
        new(scope.Bindings, scope.Proven.Concat(ExpressionLanguage.ProvenWhenTrue(p.Condition)));

    private void Bind(PatternDefinition p, int i, FactType? type)
    {
        if (p.Kind == PatternKind.Match && type is not null)
        {
            _matchScope.Add(ScopeBinding.Fact(p.Binding, type));
            _fullScope.Add(ScopeBinding.Fact(p.Binding, type));
            _slots.TryAdd(p.Binding, i);
        }
        else if (p.Kind == PatternKind.Aggregate)
        {
            CheckName(p.Binding, i);
            var resultType = p.Function == AggregateFunction.Count ? ExprType.Integer : ExprType.Number;
            _fullScope.Add(ScopeBinding.Value(p.Binding, resultType));
            _slots.TryAdd(p.Binding, i);
        }
    }

    private CheckedExpression? CheckAggregateValue(PatternDefinition p, ExpressionScope scope, int i)
    {
        if (p.Value is null)
        {
            Report(Error(EngineCodes.AggregateWithoutValue, $"Aggregate '{p.Function.ToString().ToLowerInvariant()}' needs a value expression.", RuleElement.PatternValue, i));
            return null;
        }
        return CheckExpression(p.Value, scope, ExprType.Number, RuleElement.PatternValue, i);
    }

    private CheckedAction CheckAction(ActionDefinition action, int i)
    {
        FactType? type = null;
        if (action.Kind == ActionKind.Insert) type = ResolveInsertType(action, i);
        var scope = new ExpressionScope(_fullScope, _proven);
        var values = new List<CheckedValue>();
        foreach (var (name, text) in action.Values)
        {
            FactField? field = null;
            if (type is not null && !type.TryGetField(name, out field!))
                Report(At(EngineCodes.UnknownActionField, $"Fact type '{type.Name}' has no field '{name}'.", RuleElement.ActionValue, -1, i, name));
            var expected = field is null ? null : ExprType.Of(field.Type);
            var copy = field is { IsNullable: true };
            var checkedValue = CheckExpression(text, scope, expected, RuleElement.ActionValue, -1, i, name, copy);
            if (checkedValue is not null) values.Add(new CheckedValue(name, checkedValue, field));
        }
        if (values.GroupBy(v => v.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            Report(At(EngineCodes.DuplicateValue, $"Value '{twice.Key}' is given twice.", RuleElement.ActionValue, -1, i, twice.Key));
        return new CheckedAction(action, type, values);
    }

    private FactType? ResolveInsertType(ActionDefinition action, int i)
    {
        if (!_types.TryGetValue(action.Target, out var type))
        {
            Report(At(EngineCodes.UnknownFactType, $"Unknown fact type '{action.Target}'.{Suggest(action.Target)}", RuleElement.Action, -1, i));
            return null;
        }
        if (type.ClrType != typeof(FactRecord))
            Report(At(EngineCodes.InsertNotDefined, $"Rules can insert only fact types declared with FactType.Define; '{type.Name}' is backed by {type.ClrType.Name}.", RuleElement.Action, -1, i));
        return type;
    }

    private FactType? ResolveType(string? name, int i)
    {
        if (name is not null && _types.TryGetValue(name, out var type)) return type;
        Report(Error(EngineCodes.UnknownFactType, $"Unknown fact type '{name}'.{Suggest(name ?? string.Empty)}", RuleElement.Pattern, i));
        return null;
    }

    private void CheckName(string? name, int i)
    {
        if (string.IsNullOrWhiteSpace(name)) Report(Error(EngineCodes.BadBinding, "The pattern needs a binding name.", RuleElement.Pattern, i));
        else if (_fullScope.Any(b => b.Name == name)) Report(Error(EngineCodes.BadBinding, $"The name '{name}' is already bound by an earlier pattern.", RuleElement.Pattern, i));
    }

    private CheckedExpression? CheckExpression(
        string text, ExpressionScope scope, ExprType? expected, RuleElement element, int pattern,
        int action = -1, string? value = null, bool mayBeUnknown = false)
    {
        var found = new List<Diagnostic>();
        var result = ExpressionLanguage.Check(text, scope, found, mayBeUnknown);
        foreach (var d in found)
            Report(new RuleDiagnostic(d, _rule.Id, element, pattern, action, value, ExpressionErrors.OffsetOf(text, d.Line, d.Column)));
        if (result is null || expected is null || Fits(result.Type, expected)) return result;
        var mismatch = $"Expected {expected} but the expression is {result.Type}.";
        var start = new SourceLocation(string.Empty, 1, 1);
        Report(new RuleDiagnostic(Diagnostic.Error(EngineCodes.TypeMismatch, start, mismatch), _rule.Id, element, pattern, action, value));
        return null;
    }

    private static bool Fits(ExprType actual, ExprType expected) =>
        actual == expected || (expected.Kind == ExprKind.Number && actual.Kind == ExprKind.Integer);

    private string Suggest(string name)
    {
        return NameSuggester.Suggest(name, _types.Keys) is { } best ? $" Did you mean '{best}'?" : string.Empty;
    }

    private RuleDiagnostic Error(string code, string message, RuleElement element, int pattern) => At(code, message, element, pattern);

    private RuleDiagnostic At(
        string code, string message, RuleElement element, int pattern = -1, int action = -1, string? value = null) =>
        new(Diagnostic.Error(code, SourceLocation.None, message), _rule.Id, element, pattern, action, value);

    private void Report(RuleDiagnostic diagnostic)
    {
        _errors++;
        _diagnostics.Add(diagnostic);
    }
}
