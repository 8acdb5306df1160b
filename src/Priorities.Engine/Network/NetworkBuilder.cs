using Priorities.Engine.Compilation;
using Priorities.Engine.Facts;
using Priorities.Engine.Model;

namespace Priorities.Engine.Network;

/// <summary>Builds the matching network — shared alpha nodes, type dispatchers and compiled rules — from checked rules.</summary>
internal sealed class NetworkBuilder
{
    private readonly Dictionary<string, AlphaNode> _nodesByKey = new(StringComparer.Ordinal);
    private readonly List<AlphaNode> _nodes = [];
    private readonly Dictionary<string, TypeDispatcher> _dispatchers = new(StringComparer.Ordinal);

    public ReteNetwork Build(IReadOnlyList<FactType> types, IReadOnlyList<CheckedRule> rules)
    {
        foreach (var type in types) _dispatchers[type.Name] = new TypeDispatcher();
        var compiled = rules.Select(BuildRule).ToArray();
        var ranked = compiled.OrderByDescending(r => r.Salience).ThenBy(r => r.Index).ToArray();
        for (var i = 0; i < ranked.Length; i++) ranked[i].Rank = i;
        foreach (var node in _nodes) _dispatchers[node.Type.Name].Add(node);
        foreach (var dispatcher in _dispatchers.Values) dispatcher.Freeze();
        foreach (var node in _nodes) node.Freeze();
        var lazy = PlanMemories(compiled);
        return new ReteNetwork(types, _nodes.ToArray(), _dispatchers, compiled, ranked) { LazyNodes = lazy };
    }

    /// <summary>
    /// Marks which alpha memories sessions must keep, and which of them only once needed; returns the latter by type.
    /// </summary>
    private Dictionary<string, AlphaNode[]> PlanMemories(CompiledRule[] rules)
    {
        var right = new HashSet<AlphaNode>();
        var left = new HashSet<AlphaNode>();
        foreach (var rule in rules.Where(r => r.Steps.Length > 1))
        {
            var first = rule.Steps[0].Node;
            (ReferenceEquals(first.Type, rule.Steps[1].Node.Type) ? right : left).Add(first);
            foreach (var step in rule.Steps.Skip(1)) right.Add(step.Node);
        }
        foreach (var step in rules.SelectMany(r => r.Deferred).Where(s => s.Node is not null)) right.Add(step.Node!);
        foreach (var node in _nodes)
        {
            node.IsRead = right.Contains(node) || left.Contains(node);
            node.IsLazy = !right.Contains(node) && left.Contains(node);
        }
        return _nodes.Where(n => n.IsLazy).GroupBy(n => n.Type.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    private CompiledRule BuildRule(CheckedRule rule)
    {
        var compiled = new CompiledRule(rule);
        var steps = new List<MatchStep>();
        var deferred = new List<DeferredStep>();
        foreach (var pattern in rule.Patterns)
        {
            if (pattern.Kind == PatternKind.Match)
            {
                steps.Add(BuildMatch(compiled, pattern, steps.Count));
                compiled.Steps = steps.ToArray();
            }
            else deferred.Add(BuildDeferred(compiled, pattern));
        }
        compiled.Steps = steps.ToArray();
        compiled.MatchSlots = steps.Select(s => s.Slot).ToArray();
        compiled.Deferred = deferred.ToArray();
        compiled.Inserts = rule.Actions.Where(a => a.Definition.Kind == ActionKind.Insert).Select(a => BuildInsert(a, rule.Slots)).ToArray();
        compiled.Outputs = rule.Actions.Where(a => a.Definition.Kind == ActionKind.Emit).Select(a => BuildOutput(a, rule.Slots)).ToArray();
        return compiled;
    }

    private MatchStep BuildMatch(CompiledRule rule, CheckedPattern pattern, int step)
    {
        var plan = ConditionPlan.For(pattern.Condition, pattern.FactBinding);
        var node = NodeFor(pattern.FactType!, plan);
        node.AddSuccessor(rule, step);
        var rightIndex = plan.RightKey is null ? -1 : node.AddRightKey(plan.RightKey);
        var leftOnFirst = step == 1 && plan.LeftKey is not null ? rule.Steps[0].Node.AddRightKey(plan.LeftKey) : -1;
        return new MatchStep(
            pattern.Slot,
            node,
            plan.LeftKey is null ? null : TupleCompiler.Key(plan.LeftKey, rule.Slots),
            plan.RightKey is null ? null : TupleCompiler.FactKey(plan.RightKey),
            rightIndex,
            plan.Filters.Count == 0 ? null : TupleCompiler.Predicate(plan.Filters, rule.Slots))
        {
            LeftIndexOnFirst = leftOnFirst,
        };
    }

    private DeferredStep BuildDeferred(CompiledRule rule, CheckedPattern pattern)
    {
        if (pattern.Kind == PatternKind.Test)
            return new DeferredStep(PatternKind.Test, -1, -1, null, null, -1, TupleCompiler.Predicate([pattern.Condition!], rule.Slots), AggregateFunction.Count, null);
        var slots = new Dictionary<string, int>(rule.Slots, StringComparer.Ordinal) { [pattern.FactBinding] = pattern.FactSlot };
        var plan = ConditionPlan.For(pattern.Condition, pattern.FactBinding);
        var node = NodeFor(pattern.FactType!, plan);
        if (pattern.Kind == PatternKind.Aggregate) rule.AggregatedTypes.Add(pattern.FactType!.Name);
        return new DeferredStep(
            pattern.Kind,
            pattern.Slot,
            pattern.FactSlot,
            node,
            plan.LeftKey is null ? null : TupleCompiler.Key(plan.LeftKey, slots),
            plan.RightKey is null ? -1 : node.AddRightKey(plan.RightKey),
            plan.Filters.Count == 0 ? null : TupleCompiler.Predicate(plan.Filters, slots),
            pattern.Definition.Function,
            pattern.Value is null ? null : TupleCompiler.Value<double>(pattern.Value, slots));
    }

    private AlphaNode NodeFor(FactType type, ConditionPlan plan)
    {
        var key = plan.AlphaKey(type.Name);
        if (_nodesByKey.TryGetValue(key, out var existing)) return existing;
        var rest = plan.Alpha.Where(a => !ReferenceEquals(a, plan.IndexConjunct)).ToList();
        var test = rest.Count == 0 ? null : TupleCompiler.FactPredicate(rest, plan.Binding);
        var node = new AlphaNode(_nodes.Count, type, plan.Alpha, plan.IndexSide, plan.IndexValue, test);
        _nodes.Add(node);
        _nodesByKey[key] = node;
        return node;
    }

    private static InsertStep BuildInsert(CheckedAction action, IReadOnlyDictionary<string, int> slots) =>
        new(action.FactType!, action.Values.Select(v => (v.Name, TupleCompiler.Boxed(v.Expression, slots))).ToArray());

    private static OutputSpec BuildOutput(CheckedAction action, IReadOnlyDictionary<string, int> slots) =>
        new(
            action.Definition.Target,
            action.Values.Select(v => v.Name).ToArray(),
            action.Values.Select(v => v.Expression.Type).ToArray(),
            action.Values.Select(v => TupleCompiler.Value<object?>(v.Expression, slots)).ToArray(),
            action.Values.Select(v => v.Expression.Type.IsNumeric ? TupleCompiler.Value<double>(v.Expression, slots) : null).ToArray());
}
