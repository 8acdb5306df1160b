using Priorities.Engine.Facts;
using Priorities.Engine.Network;

namespace Priorities.Engine.Runtime;

/// <summary>
/// A session's memories: alpha memories per node and beta memories per rule prefix of two or more facts (a first
/// step's alpha memory serves as its own prefix memory). Inserting a fact propagates it through the network at
/// once, joining through hash indexes, and adds every completed tuple to the agenda. Partial tuples are built in a
/// scratch array and copied only when a join holds.
/// </summary>
internal sealed class WorkingMemory
{
    private readonly ReteNetwork _network;
    private readonly AlphaMemories _alpha;
    private readonly BetaMemory?[]?[] _beta;
    private readonly Agenda _agenda;
    private readonly FactHandle?[] _scratch;
    private readonly IPartialMatchCounter _meter;
    private readonly ActivationSlab?[]? _slabs;
    private FactType? _lastType;
    private TypeDispatcher? _lastDispatcher;

    public WorkingMemory(ReteNetwork network, Agenda agenda, IPartialMatchCounter meter)
    {
        _network = network;
        Facts = [];
        _agenda = agenda;
        _meter = meter;
        _alpha = new AlphaMemories(network, Facts);
        _beta = new BetaMemory?[]?[network.Rules.Length];
        if (network.IsDirect) _slabs = new ActivationSlab?[network.Rules.Length];
        _scratch = new FactHandle?[network.Rules.Select(r => r.Width).DefaultIfEmpty(1).Max()];
    }

    public List<FactHandle> Facts { get; }

    /// <summary>On the direct path, the rule's activations so far (null before its first); otherwise null.</summary>
    public ActivationSlab? Slab(CompiledRule rule) => _slabs?[rule.Index];

    public void Add(FactHandle fact)
    {
        Facts.Add(fact);
        if (!ReferenceEquals(fact.Type, _lastType))
        {
            _lastDispatcher = _network.Dispatchers[fact.Type.Name];
            _lastType = fact.Type;
            _alpha.NotePresent(fact.Type);
        }
        var dispatcher = _lastDispatcher!;
        var value = fact.Fact;
        for (var g = 0; g < dispatcher.Groups; g++)
        {
            if (dispatcher.Bucket(g, value) is { } nodes) Route(nodes, fact);
        }
        Route(dispatcher.Unindexed, fact);
    }

    private void Route(AlphaNode[] nodes, FactHandle fact)
    {
        var value = fact.Fact;
        foreach (var node in nodes)
            if (node.Test is null || node.Test(value)) Activate(node, fact);
    }

    /// <summary>The facts that passed <paramref name="node"/>, or by join key when <paramref name="index"/> is not -1.</summary>
    public List<FactHandle>? Candidates(AlphaNode node, int index, object? key) => _alpha.Candidates(node, index, key);

    private void Activate(AlphaNode node, FactHandle fact)
    {
        _alpha.Add(node, fact);
        var successors = node.SuccessorArray;
        for (var i = 0; i < successors.Length; i++)
        {
            var (rule, step) = successors[i];
            if (step == 0) JoinFirst(rule, fact);
            else if (step == 1) JoinSecond(rule, fact);
            else JoinLater(rule, step, fact);
        }
    }

    /// <summary>A fact matched a rule's first pattern: complete it, or join it with the second pattern's facts.</summary>
    private void JoinFirst(CompiledRule rule, FactHandle fact)
    {
        var first = rule.Steps[0];
        if (rule.Steps.Length == 1 && _slabs is not null)
        {
            AddDirect(rule, first, fact);
            return;
        }
        if (rule.Steps.Length == 1)
        {
            var tuple = rule.Width == 1 ? fact.Unit : new FactHandle?[rule.Width];
            tuple[first.Slot] = fact;
            if (first.Filter is null || first.Filter(tuple)) _agenda.Add(new Firing(rule, tuple));
            return;
        }
        var second = rule.Steps[1];
        var scratch = _scratch;
        try
        {
            scratch[first.Slot] = fact;
            if (first.Filter is not null && !first.Filter(scratch)) return;
            var facts = Candidates(second.Node, second.RightIndex, second.IsHashJoin ? second.LeftKey!(scratch) : null);
            for (var i = 0; i < (facts?.Count ?? 0); i++) TryExtend(rule, 1, scratch, facts![i]);
        }
        finally
        {
            scratch[first.Slot] = null;
        }
    }

    /// <summary>A fact matched the one pattern of a rule on the direct path: its row goes straight to the slab.</summary>
    private void AddDirect(CompiledRule rule, MatchStep first, FactHandle fact)
    {
        var scratch = _scratch;
        scratch[first.Slot] = fact;
        try
        {
            if (first.Filter is null || first.Filter(scratch)) SlabFor(rule).Add(scratch);
        }
        finally
        {
            scratch[first.Slot] = null;
        }
    }

    private ActivationSlab SlabFor(CompiledRule rule) => _slabs![rule.Index] ??= new ActivationSlab(rule, Facts);

    /// <summary>A fact matched a rule's second pattern: join it with the first pattern's facts.</summary>
    private void JoinSecond(CompiledRule rule, FactHandle fact)
    {
        var first = rule.Steps[0];
        var second = rule.Steps[1];
        var facts = Candidates(first.Node, second.LeftIndexOnFirst, second.IsHashJoin ? second.RightKey!(fact.Fact) : null);
        if (facts is null) return;
        var sameNode = ReferenceEquals(first.Node, second.Node);
        var scratch = _scratch;
        try
        {
            for (var i = 0; i < facts.Count; i++)
            {
                var left = facts[i];
                if (sameNode && ReferenceEquals(left, fact)) continue;
                scratch[first.Slot] = left;
                if (first.Filter is null || first.Filter(scratch)) TryExtend(rule, 1, scratch, fact);
            }
        }
        finally
        {
            scratch[first.Slot] = null;
        }
    }

    private void JoinLater(CompiledRule rule, int step, FactHandle fact)
    {
        var left = _beta[rule.Index]?[step - 1];
        if (left is null) return;
        var s = rule.Steps[step];
        var tokens = s.IsHashJoin ? left.Lookup(s.RightKey!(fact.Fact)) : left.Tokens;
        if (tokens is null) return;
        for (var i = 0; i < tokens.Count; i++) TryExtend(rule, step, tokens[i], fact);
    }

    /// <summary>Tests <paramref name="fact"/> at <paramref name="step"/> on a partial tuple; copies the tuple only if the join holds.</summary>
    private void TryExtend(CompiledRule rule, int step, FactHandle?[] partial, FactHandle fact)
    {
        var s = rule.Steps[step];
        partial[s.Slot] = fact;
        var holds = s.Filter is null || s.Filter(partial);
        if (holds && _slabs is not null && step == rule.Steps.Length - 1)
        {
            Complete(rule, partial, s.Slot);
            return;
        }
        partial[s.Slot] = null;
        if (!holds) return;
        _meter.CountPartialMatch(rule.Id);
        var tuple = new FactHandle?[rule.Width];
        Array.Copy(partial, tuple, rule.Width);
        tuple[s.Slot] = fact;
        Enter(rule, step, tuple);
    }

    /// <summary>On the direct path, a completed tuple is copied into the rule's slab, not into an array of its own.</summary>
    private void Complete(CompiledRule rule, FactHandle?[] partial, int slot)
    {
        try
        {
            _meter.CountPartialMatch(rule.Id);
            SlabFor(rule).Add(partial);
        }
        finally
        {
            partial[slot] = null;
        }
    }

    /// <summary>A tuple matched steps 0..<paramref name="step"/>: it is an activation, or it waits for the next step.</summary>
    private void Enter(CompiledRule rule, int step, FactHandle?[] token)
    {
        if (step == rule.Steps.Length - 1)
        {
            _agenda.Add(new Firing(rule, token));
            return;
        }
        var next = rule.Steps[step + 1];
        var memories = _beta[rule.Index] ??= new BetaMemory?[rule.Steps.Length - 1];
        (memories[step] ??= new BetaMemory(next.LeftKey)).Add(token);
        var facts = Candidates(next.Node, next.RightIndex, next.IsHashJoin ? next.LeftKey!(token) : null);
        if (facts is null) return;
        for (var i = 0; i < facts.Count; i++) TryExtend(rule, step + 1, token, facts[i]);
    }
}
