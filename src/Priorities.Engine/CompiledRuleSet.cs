using Priorities.Engine.Facts;
using Priorities.Engine.Model;
using Priorities.Engine.Network;

namespace Priorities.Engine;

/// <summary>
/// A compiled, immutable rule set: the fact types, the rules and the matching network built from them. Compile once
/// with <see cref="RuleSetBuilder"/>; it is thread-safe, so any number of sessions may run at once.
/// </summary>
public sealed class CompiledRuleSet
{
    private readonly Dictionary<Type, FactType?> _byClrType = [];
    private readonly Dictionary<string, FactType> _byName = new(StringComparer.Ordinal);
    private readonly HashSet<FactType> _registered = new(ReferenceEqualityComparer.Instance);

    internal CompiledRuleSet(ReteNetwork network)
    {
        Network = network;
        foreach (var type in network.Types)
        {
            _byName[type.Name] = type;
            _registered.Add(type);
            if (type.ClrType == typeof(FactRecord)) continue;
            _byClrType[type.ClrType] = _byClrType.ContainsKey(type.ClrType) ? null : type;
        }
    }

    internal ReteNetwork Network { get; }

    /// <summary>The registered fact types.</summary>
    public IReadOnlyList<FactType> FactTypes => Network.Types;

    /// <summary>The rules, in the order they were added.</summary>
    public IReadOnlyList<RuleDefinition> Rules => Network.Rules.Select(r => r.Definition).ToArray();

    /// <summary>Starts a new, empty session.</summary>
    public RuleSession CreateSession(SessionOptions? options = null) => new(this, options ?? SessionOptions.Default);

    /// <summary>Finds a registered fact type by name.</summary>
    public bool TryGetFactType(string name, out FactType type) => _byName.TryGetValue(name, out type!);

    /// <summary>
    /// The values the rule's emit actions produce, in action then value order, with their checked types.
    /// </summary>
    /// <param name="ruleId">The id of a rule of this set.</param>
    /// <exception cref="KeyNotFoundException">No rule has that id.</exception>
    public IReadOnlyList<EmittedValue> GetEmittedValues(string ruleId)
    {
        var rule = Network.Rules.FirstOrDefault(r => r.Id == ruleId)
            ?? throw new KeyNotFoundException($"No rule has the id '{ruleId}'.");
        return rule.Outputs
            .SelectMany((output, action) => output.Names.Select((name, i) =>
                new EmittedValue(action, output.Name, name, output.Types[i].ToString(), output.Types[i].IsNumeric)))
            .ToArray();
    }

    internal FactType TypeOf(object fact)
    {
        if (fact is FactRecord record) return record.Type;
        if (_byClrType.TryGetValue(fact.GetType(), out var type))
            return type ?? throw new ArgumentException($"{fact.GetType().Name} is registered under several fact type names; insert it with an explicit fact type.", nameof(fact));
        throw new ArgumentException($"{fact.GetType().Name} is not a registered fact type.", nameof(fact));
    }

    internal void CheckInstance(FactType type, object fact)
    {
        if (!_registered.Contains(type))
            throw new ArgumentException($"Fact type '{type.Name}' is not registered in this rule set.", nameof(type));
        var ok = fact is FactRecord record ? ReferenceEquals(record.Type, type)
            : fact.GetType() == type.ClrType || type.ClrType.IsInstanceOfType(fact);
        if (!ok) throw new ArgumentException($"The fact is not an instance of fact type '{type.Name}'.", nameof(fact));
    }
}
