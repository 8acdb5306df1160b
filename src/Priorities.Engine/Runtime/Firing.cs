using Priorities.Engine.Model;
using Priorities.Engine.Network;

namespace Priorities.Engine.Runtime;

/// <summary>
/// One activation of a rule: the rule and the tuple of facts it matched. Once fired it records its place in the
/// firing order; its outputs are computed from the bound facts, which are immutable, so they can be read at any time.
/// </summary>
public sealed class Firing
{
    private IReadOnlyList<FactHandle>? _facts;

    internal Firing(CompiledRule rule, FactHandle?[] tuple)
    {
        Compiled = rule;
        Tuple = tuple;
    }

    internal CompiledRule Compiled { get; }

    internal FactHandle?[] Tuple { get; }

    /// <summary>Set while the activation waits for facts that could make its aggregates hold.</summary>
    internal bool IsParked { get; set; }

    /// <summary>The rule that fired.</summary>
    public RuleDefinition Rule => Compiled.Definition;

    /// <summary>The id of the rule that fired.</summary>
    public string RuleId => Compiled.Definition.Id;

    /// <summary>The position of this firing in the session's firing order (0-based).</summary>
    public int Sequence { get; internal set; } = -1;

    /// <summary>The matched facts, one per match pattern, in pattern order.</summary>
    public IReadOnlyList<FactHandle> Facts => _facts ??= Compiled.MatchSlots.Select(s => Tuple[s]!).ToArray();

    /// <summary>The value of each binding: matched fact objects and aggregate results, by binding name.</summary>
    public IReadOnlyDictionary<string, object?> Bindings =>
        Compiled.Slots.Where(s => Tuple[s.Value] is not null).ToDictionary(s => s.Key, s => (object?)Tuple[s.Value]!.Fact, StringComparer.Ordinal);

    /// <summary>The records the rule's emit actions produced, in action order.</summary>
    public IReadOnlyList<RuleOutput> Outputs => Enumerable.Range(0, Compiled.Outputs.Length).Select(i => new RuleOutput(this, i)).ToArray();

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
    public override string ToString() => $"{RuleId}({string.Join(", ", Facts.Select(f => "#" + f.Sequence))})";
}
