using Priorities.Engine.Model;

namespace Priorities.Engine.Network;

/// <summary>
/// One firing of a rule: the rule, the tuple of facts it matched and its place in the firing order. Its outputs are
/// computed from the bound facts, which are immutable, so they can be read at any time. A small immutable value:
/// a session's firings are stored inline, without an object each.
/// </summary>
public readonly struct Firing : IEquatable<Firing>
{
    [ThreadStatic]
    private static FactHandle?[]? t_scratch;

    /// <summary>The tuple itself, or the <see cref="ActivationSlab"/> whose row <see cref="_row"/> holds it.</summary>
    private readonly object _source;
    private readonly int _row;

    internal Firing(CompiledRule rule, FactHandle?[] tuple, int sequence = -1)
    {
        Compiled = rule;
        _source = tuple;
        Sequence = sequence;
    }

    internal Firing(ActivationSlab slab, int row, int sequence)
    {
        Compiled = slab.Rule;
        _source = slab;
        _row = row;
        Sequence = sequence;
    }

    internal CompiledRule Compiled { get; }

    /// <summary>The matched facts by slot; a new array for a firing of the direct path (see <see cref="ActivationSlab"/>).</summary>
    internal FactHandle?[] Tuple => _source is ActivationSlab slab ? slab.Tuple(_row) : (FactHandle?[])_source;

    /// <summary>
    /// The tuple for reading values at once: a firing of the direct path fills a per-thread scratch array, which the
    /// next read overwrites, so the caller must not keep it.
    /// </summary>
    internal FactHandle?[] ReadTuple()
    {
        if (_source is not ActivationSlab slab) return (FactHandle?[])_source;
        var scratch = t_scratch;
        if (scratch is null || scratch.Length < Compiled.Width) t_scratch = scratch = new FactHandle?[Math.Max(8, Compiled.Width)];
        slab.Fill(_row, scratch);
        return scratch;
    }

    /// <summary>The rule that fired.</summary>
    public RuleDefinition Rule => Compiled.Definition;

    /// <summary>The id of the rule that fired.</summary>
    public string RuleId => Compiled.Definition.Id;

    /// <summary>The position of this firing in the session's firing order (0-based); -1 for an activation not yet fired.</summary>
    public int Sequence { get; }

    /// <summary>The matched facts, one per match pattern, in pattern order.</summary>
    public IReadOnlyList<FactHandle> Facts
    {
        get
        {
            var tuple = Tuple;
            return Compiled.MatchSlots.Select(s => tuple[s]!).ToArray();
        }
    }

    /// <summary>The value of each binding: matched fact objects and aggregate results, by binding name.</summary>
    public IReadOnlyDictionary<string, object?> Bindings
    {
        get
        {
            var tuple = Tuple;
            return Compiled.Slots.Where(s => tuple[s.Value] is not null).ToDictionary(s => s.Key, s => (object?)tuple[s.Value]!.Fact, StringComparer.Ordinal);
        }
    }

    /// <summary>The records the rule's emit actions produced, in action order.</summary>
    public IReadOnlyList<RuleOutput> Outputs
    {
        get
        {
            var self = this;
            return Enumerable.Range(0, Compiled.Outputs.Length).Select(i => new RuleOutput(self, i)).ToArray();
        }
    }

    /// <summary>The record emitted by the rule's emit action at <paramref name="action"/> (counting emit actions only).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rule has no such emit action.</exception>
    public RuleOutput Output(int action = 0) =>
        (uint)action < (uint)Compiled.Outputs.Length ? new RuleOutput(this, action) : throw new ArgumentOutOfRangeException(nameof(action), $"Rule '{RuleId}' has {Compiled.Outputs.Length} emit action(s).");

    /// <summary>Reads a numeric value of the first emitted record without boxing.</summary>
    /// <exception cref="KeyNotFoundException">The rule emits no numeric value of that name.</exception>
    public double GetNumber(string name) => new RuleOutput(this, 0).GetNumber(name);

    /// <summary>Re-evaluates every condition of the rule over this firing's facts, for explanations.</summary>
    public IReadOnlyList<ConditionOutcome> ExplainConditions() => ConditionExplainer.Explain(Compiled, Tuple);

    /// <inheritdoc />
    public bool Equals(Firing other) =>
        ReferenceEquals(_source, other._source) && _row == other._row && Sequence == other.Sequence;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Firing other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_source) * 31) + _row;

    /// <summary>True when both are the same firing.</summary>
    public static bool operator ==(Firing left, Firing right) => left.Equals(right);

    /// <summary>True when the two are different firings.</summary>
    public static bool operator !=(Firing left, Firing right) => !left.Equals(right);

    internal Firing WithSequence(int sequence) => new(Compiled, (FactHandle?[])_source, sequence);

    /// <inheritdoc />
    public override string ToString() => $"{RuleId}({string.Join(", ", Facts.Select(f => "#" + f.Sequence))})";
}
