using System.Runtime.InteropServices;
using Priorities.Engine.Facts;
using Priorities.Engine.Network;
using Priorities.Engine.Runtime;

namespace Priorities.Engine;

/// <summary>
/// One evaluation: insert facts, then <see cref="Fire"/> to run the rules to a fixpoint. Sessions are cheap; create
/// one per evaluation from a <see cref="CompiledRuleSet"/>. A session is not thread-safe; the rule set is.
/// Facts must not change after they are inserted.
/// </summary>
public sealed class RuleSession
{
    private readonly CompiledRuleSet _ruleSet;
    private readonly SessionOptions _options;
    private readonly Agenda _agenda;
    private readonly WorkingMemory _memory;
    private readonly EvaluationMeter _meter;
    private readonly List<Firing> _firings = [];
    private readonly Dictionary<object, FactHandle> _inserted = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<Firing>> _parked = new(StringComparer.Ordinal);
    private readonly HashSet<FactHandle?[]> _parkedTuples = new(ReferenceEqualityComparer.Instance);
    private readonly FiringBlocks? _blocks;
    private int _derived;
    private FactIndex? _factIndex;

    internal RuleSession(CompiledRuleSet ruleSet, SessionOptions options)
    {
        _ruleSet = ruleSet;
        _options = options;
        _agenda = new Agenda(ruleSet.Network.Rules.Length);
        _meter = new EvaluationMeter(options);
        _memory = new WorkingMemory(ruleSet.Network, _agenda, _meter);
        if (ruleSet.Network.IsDirect) _blocks = new FiringBlocks();
    }

    /// <summary>Every fact in working memory, in insertion order.</summary>
    public IReadOnlyList<FactHandle> Facts => _memory.Facts;

    /// <summary>Inserts a fact whose type is found from its CLR class, or from the record for <see cref="FactRecord"/> facts.</summary>
    /// <exception cref="ArgumentException">The fact's type is not registered in the rule set, or is ambiguous.</exception>
    /// <exception cref="EvaluationBudgetExceededException">Joining the fact went over the session's budget.</exception>
    public FactHandle Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Insert(_ruleSet.TypeOf(fact), fact);
    }

    /// <summary>Inserts a fact of the given registered type. Inserting the same object twice returns its first handle.</summary>
    /// <exception cref="ArgumentException">The type is not registered, or the fact is not an instance of it.</exception>
    /// <exception cref="EvaluationBudgetExceededException">Joining the fact went over the session's budget.</exception>
    /// <exception cref="ConditionOverflowException">A condition's integer arithmetic overflowed.</exception>
    public FactHandle Insert(FactType type, object fact)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(fact);
        _ruleSet.CheckInstance(type, fact);
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_inserted, fact, out var exists);
        if (exists) return slot!;
        var handle = slot = new FactHandle(fact, type, _memory.Facts.Count, 0, null);
        try
        {
            return Match(handle);
        }
        catch (OverflowException e)
        {
            throw OverflowFinder.Find(_ruleSet.Network.Rules, IndexFacts(), handle, e);
        }
    }

    /// <summary>Inserts each fact in order.</summary>
    public void InsertAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.TryGetNonEnumeratedCount(out var count))
        {
            _inserted.EnsureCapacity(_inserted.Count + count);
            _memory.Facts.EnsureCapacity(_memory.Facts.Count + count);
        }
        foreach (var fact in facts) Insert(fact);
    }

    /// <summary>
    /// Fires activations in agenda order — salience, then rule order, then fact order — until none is left. Rules
    /// may insert facts that make further rules fire; each rule fires at most once per tuple of facts.
    /// </summary>
    /// <exception cref="ChainLimitExceededException">Chaining did not settle within the session's limits.</exception>
    /// <exception cref="EvaluationBudgetExceededException">The session went over its evaluation budget.</exception>
    /// <exception cref="ConditionOverflowException">A condition's integer arithmetic overflowed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public SessionResult Fire(CancellationToken cancellationToken = default)
    {
        try
        {
            return FireAll(cancellationToken);
        }
        catch (OverflowException e)
        {
            throw OverflowFinder.Find(_ruleSet.Network.Rules, IndexFacts(), null, e);
        }
    }

    private SessionResult FireAll(CancellationToken cancellationToken)
    {
        if (_blocks is not null) return FireDirect(_blocks, cancellationToken);
        var popped = 0;
        _firings.EnsureCapacity(_firings.Count + _agenda.Count);
        while (_agenda.TryPop(out var activation))
        {
            if ((++popped & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (activation.Compiled.Deferred.Length > 0 && !DeferredEvaluator.Holds(activation, _memory))
            {
                Park(activation);
                continue;
            }
            _meter.CountFiring(activation.RuleId);
            var fired = activation.WithSequence(_firings.Count);
            _firings.Add(fired);
            if (fired.Compiled.Inserts.Length > 0) Execute(fired);
        }
        cancellationToken.ThrowIfCancellationRequested();
        return new SessionResult(new ListPrefix<Firing>(_firings), new ListPrefix<FactHandle>(_memory.Facts));
    }

    /// <summary>
    /// The direct path (<see cref="Network.ReteNetwork.IsDirect"/>): each rule's pending activations, in agenda order,
    /// become one block of firings.
    /// </summary>
    private SessionResult FireDirect(FiringBlocks blocks, CancellationToken cancellationToken)
    {
        foreach (var rule in _ruleSet.Network.Ranked)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_memory.Slab(rule) is not { } slab || slab.Fired == slab.Count) continue;
            var first = slab.Fired;
            slab.TakePending();
            var counted = 0;
            try
            {
                for (; counted < slab.Count - first; counted++)
                {
                    _meter.CountFiring(rule.Id);
                    if ((counted & 1023) == 1023) cancellationToken.ThrowIfCancellationRequested();
                }
            }
            finally
            {
                if (counted > 0) blocks.Append(slab, first, counted);
            }
        }
        return new SessionResult(blocks.Snapshot(), new ListPrefix<FactHandle>(_memory.Facts));
    }

    /// <summary>
    /// Explains why a rule did not fire (or fired less than expected): the candidate tuples that came closest,
    /// with the outcome of each condition.
    /// </summary>
    /// <param name="ruleId">The rule to explain.</param>
    /// <param name="maxCandidates">How many of the closest candidates to return.</param>
    /// <exception cref="KeyNotFoundException">No rule has that id.</exception>
    /// <exception cref="EvaluationBudgetExceededException">The search went over the session's budget.</exception>
    public IReadOnlyList<CandidateExplanation> ExplainMisses(string ruleId, int maxCandidates = 3) =>
        MissExplainer.Explain(FindRule(ruleId), IndexFacts(), maxCandidates, _meter);

    /// <summary>
    /// Explains why a rule did not fire with one given fact bound to one of its match patterns: the closest
    /// candidate tuples that hold <paramref name="fact"/> at <paramref name="patternIndex"/>.
    /// </summary>
    /// <param name="ruleId">The rule to explain.</param>
    /// <param name="patternIndex">The zero-based index of a match pattern of the rule.</param>
    /// <param name="fact">A fact in working memory, of that pattern's type.</param>
    /// <param name="maxCandidates">How many of the closest candidates to return.</param>
    /// <exception cref="KeyNotFoundException">No rule has that id.</exception>
    /// <exception cref="ArgumentException">The pattern is not a match pattern of the rule, or the fact is not in working memory or not of the pattern's type.</exception>
    /// <exception cref="EvaluationBudgetExceededException">The search went over the session's budget.</exception>
    public IReadOnlyList<CandidateExplanation> ExplainMisses(string ruleId, int patternIndex, object fact, int maxCandidates = 3)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var rule = FindRule(ruleId);
        var step = rule.Steps.FirstOrDefault(s => s.Slot == patternIndex)
            ?? throw new ArgumentException($"Pattern {patternIndex + 1} of rule '{ruleId}' is not a match pattern.", nameof(patternIndex));
        if (!_inserted.TryGetValue(fact, out var handle)) throw new ArgumentException("The fact is not in working memory.", nameof(fact));
        if (!ReferenceEquals(handle.Type, step.Node.Type))
            throw new ArgumentException($"The fact is a '{handle.Type.Name}', but pattern {patternIndex + 1} matches '{step.Node.Type.Name}'.", nameof(fact));
        return MissExplainer.Explain(rule, IndexFacts(), maxCandidates, _meter, (patternIndex, handle));
    }

    private CompiledRule FindRule(string ruleId) =>
        _ruleSet.Network.Rules.FirstOrDefault(r => r.Id == ruleId)
        ?? throw new KeyNotFoundException($"No rule has the id '{ruleId}'.");

    /// <summary>Working memory by type for the "why not" search, built again only when facts were added since.</summary>
    private FactIndex IndexFacts() =>
        _factIndex is { } index && index.Count == _memory.Facts.Count
            ? index
            : _factIndex = new FactIndex(_memory.Facts);

    private FactHandle Add(FactHandle handle)
    {
        _inserted.Add(handle.Fact, handle);
        return Match(handle);
    }

    /// <summary>Matches a fact already recorded as inserted, and lets parked activations of its type try again.</summary>
    private FactHandle Match(FactHandle handle)
    {
        _memory.Add(handle);
        if (_parked.Count == 0 || !_parked.Remove(handle.Type.Name, out var parked)) return handle;
        foreach (var activation in parked)
        {
            if (_parkedTuples.Remove(activation.Tuple)) _agenda.Add(activation);
        }
        return handle;
    }

    /// <summary>An activation whose aggregates did not hold may hold once more facts arrive; others never will.</summary>
    private void Park(Firing activation)
    {
        if (activation.Compiled.HasAggregates) _parkedTuples.Add(activation.Tuple);
        foreach (var type in activation.Compiled.AggregatedTypes)
        {
            if (!_parked.TryGetValue(type, out var list)) _parked[type] = list = [];
            list.Add(activation);
        }
    }

    private void Execute(Firing firing)
    {
        var depth = 1 + firing.Tuple.Max(h => h?.Depth ?? 0);
        foreach (var insert in firing.Compiled.Inserts)
        {
            if (depth > _options.MaxChainDepth) throw ChainLimits.TooDeep(firing, _options.MaxChainDepth);
            if (++_derived > _options.MaxDerivedFacts) throw ChainLimits.TooMany(_firings, _options.MaxDerivedFacts);
            var values = insert.Fields.ToDictionary(f => f.Field, f => f.Value(firing.Tuple), StringComparer.Ordinal);
            var fact = insert.Type.Create(values);
            Add(new FactHandle(fact, insert.Type, _memory.Facts.Count, depth, firing));
        }
    }
}
