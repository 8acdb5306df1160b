using Priorities.Engine.Expressions.Semantics;
using Priorities.Engine.Facts;

namespace Priorities.Engine.Network;

/// <summary>
/// A single-fact test shared by every pattern with the same fact type, binding and conditions. Each session keeps
/// one memory per node, and per join key an index of that memory.
/// </summary>
internal sealed class AlphaNode
{
    private readonly List<(string Text, Func<object, object?> Reader)> _rightKeys = [];
    private readonly List<(CompiledRule Rule, int Step)> _successors = [];

    public AlphaNode(int id, FactType type, IReadOnlyList<CheckedExpression> conjuncts, CheckedExpression? indexSide, object? indexValue, Func<object, bool>? test)
    {
        Id = id;
        Type = type;
        Conjuncts = conjuncts;
        IndexSide = indexSide;
        IndexValue = indexValue;
        Test = test;
    }

    public int Id { get; }

    public FactType Type { get; }

    /// <summary>Every single-fact conjunct of the pattern, for explanations.</summary>
    public IReadOnlyList<CheckedExpression> Conjuncts { get; }

    /// <summary>The side of an equality with a constant that routes facts here by value, or null.</summary>
    public CheckedExpression? IndexSide { get; }

    /// <summary>The constant that side must equal (normalised as an index key).</summary>
    public object? IndexValue { get; }

    /// <summary>The remaining conjuncts, or null when routing alone decides.</summary>
    public Func<object, bool>? Test { get; }

    public IReadOnlyList<(string Text, Func<object, object?> Reader)> RightKeys => _rightKeys;

    /// <summary>
    /// False when no join or deferred pattern ever reads this node's memory (it only feeds single-pattern rules), so
    /// sessions need not keep the facts that passed it.
    /// </summary>
    public bool IsRead { get; set; }

    /// <summary>
    /// True when the memory is read only as the left side of a second pattern of another fact type (it feeds only
    /// first patterns): a session keeps it only once a fact of that second pattern's type arrives after facts of this
    /// node's type, building it then from working memory (see <see cref="ReteNetwork.LazyNodes"/>).
    /// </summary>
    public bool IsLazy { get; set; }

    /// <summary>Join steps fed by this node; for one rule, later steps come first so each tuple is built once.</summary>
    public IReadOnlyList<(CompiledRule Rule, int Step)> Successors => _successors;

    /// <summary><see cref="Successors"/> as an array, for the hot path; set by <see cref="Freeze"/>.</summary>
    public (CompiledRule Rule, int Step)[] SuccessorArray { get; private set; } = [];

    /// <summary>Called once the network is built.</summary>
    public void Freeze() => SuccessorArray = [.. _successors];

    public int AddRightKey(CheckedExpression key)
    {
        var text = key.Text.Trim();
        var existing = _rightKeys.FindIndex(k => k.Text == text);
        if (existing >= 0) return existing;
        _rightKeys.Add((text, TupleCompiler.FactKey(key)));
        return _rightKeys.Count - 1;
    }

    public void AddSuccessor(CompiledRule rule, int step)
    {
        var at = _successors.FindIndex(s => s.Rule == rule && s.Step < step);
        if (at < 0) _successors.Add((rule, step));
        else _successors.Insert(at, (rule, step));
    }
}
