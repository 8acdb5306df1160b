using Priorities.Engine.Network;

namespace Priorities.Engine.Runtime;

/// <summary>
/// A session's memories: alpha memories per node and beta memories per rule prefix. Inserting a fact propagates it
/// through the network at once, joining through hash indexes, and adds every completed tuple to the agenda.
/// </summary>
internal sealed class WorkingMemory
{
    private readonly ReteNetwork _network;
    private readonly AlphaMemory?[] _alpha;
    private readonly BetaMemory?[][] _beta;
    private readonly Agenda _agenda;

    public WorkingMemory(ReteNetwork network, Agenda agenda)
    {
        _network = network;
        _agenda = agenda;
        _alpha = new AlphaMemory?[network.Nodes.Length];
        _beta = network.Rules.Select(r => new BetaMemory?[Math.Max(0, r.Steps.Length - 1)]).ToArray();
    }

    public List<FactHandle> Facts { get; } = [];

    public void Add(FactHandle fact)
    {
        Facts.Add(fact);
        _network.Dispatchers[fact.Type.Name].Dispatch(fact.Fact, (this, fact), static (node, state) => state.Item1.Activate(node, state.fact));
    }

    /// <summary>The facts that passed <paramref name="node"/>, or by join key when <paramref name="index"/> is not -1.</summary>
    public List<FactHandle>? Candidates(AlphaNode node, int index, object? key)
    {
        var memory = _alpha[node.Id];
        if (memory is null) return null;
        return index < 0 ? memory.Facts : memory.Lookup(index, key);
    }

    private void Activate(AlphaNode node, FactHandle fact)
    {
        (_alpha[node.Id] ??= new AlphaMemory(node)).Add(fact);
        foreach (var (rule, step) in node.Successors) RightActivate(rule, step, fact);
    }

    private void RightActivate(CompiledRule rule, int step, FactHandle fact)
    {
        var s = rule.Steps[step];
        if (step == 0)
        {
            var token = new FactHandle?[rule.Width];
            token[s.Slot] = fact;
            if (s.Filter is null || s.Filter(token)) Enter(rule, 0, token);
            return;
        }
        var left = _beta[rule.Index][step - 1];
        if (left is null) return;
        var tokens = s.IsHashJoin ? left.Lookup(s.RightKey!(fact.Fact)) : left.Tokens;
        if (tokens is null) return;
        for (var i = 0; i < tokens.Count; i++) Extend(rule, step, tokens[i], fact);
    }

    private void Enter(CompiledRule rule, int step, FactHandle?[] token)
    {
        if (step == rule.Steps.Length - 1)
        {
            _agenda.Add(new Firing(rule, token));
            return;
        }
        var next = rule.Steps[step + 1];
        (_beta[rule.Index][step] ??= new BetaMemory(next.LeftKey)).Add(token);
        var facts = Candidates(next.Node, next.RightIndex, next.IsHashJoin ? next.LeftKey!(token) : null);
        if (facts is null) return;
        for (var i = 0; i < facts.Count; i++) Extend(rule, step + 1, token, facts[i]);
    }

    /// <summary>Joins <paramref name="fact"/> onto <paramref name="token"/> at <paramref name="step"/>, copying the token only if the join holds.</summary>
    private void Extend(CompiledRule rule, int step, FactHandle?[] token, FactHandle fact)
    {
        var s = rule.Steps[step];
        token[s.Slot] = fact;
        var holds = s.Filter is null || s.Filter(token);
        token[s.Slot] = null;
        if (!holds) return;
        var extended = (FactHandle?[])token.Clone();
        extended[s.Slot] = fact;
        Enter(rule, step, extended);
    }
}
