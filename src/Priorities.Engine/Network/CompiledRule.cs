using Priorities.Engine.Compilation;
using Priorities.Engine.Model;

namespace Priorities.Engine.Network;

/// <summary>A rule compiled into the network: its match steps, deferred steps and actions.</summary>
internal sealed class CompiledRule
{
    private readonly Lazy<IReadOnlyList<ConditionProbe>> _probes;

    public CompiledRule(CheckedRule checkedRule)
    {
        _probes = new Lazy<IReadOnlyList<ConditionProbe>>(() => ConditionProbes.Build(checkedRule), LazyThreadSafetyMode.ExecutionAndPublication);
        Checked = checkedRule;
        Definition = checkedRule.Definition;
        Index = checkedRule.Index;
        Width = checkedRule.Width;
        Slots = checkedRule.Slots;
    }

    public CheckedRule Checked { get; }

    public RuleDefinition Definition { get; }

    public string Id => Definition.Id;

    public int Salience => Definition.Salience;

    /// <summary>Position in the order rules were added.</summary>
    public int Index { get; }

    /// <summary>Position on the agenda: by salience (highest first), then <see cref="Index"/>.</summary>
    public int Rank { get; set; }

    /// <summary>Tuple length: one slot per pattern plus one per aggregate element.</summary>
    public int Width { get; }

    public IReadOnlyDictionary<string, int> Slots { get; }

    public MatchStep[] Steps { get; set; } = [];

    /// <summary>The tuple slots of the match patterns, in order; activations are ordered by their facts' sequence.</summary>
    public int[] MatchSlots { get; set; } = [];

    public DeferredStep[] Deferred { get; set; } = [];

    public InsertStep[] Inserts { get; set; } = [];

    public OutputSpec[] Outputs { get; set; } = [];

    /// <summary>Fact types this rule aggregates over: inserting one may let a parked activation pass.</summary>
    public HashSet<string> AggregatedTypes { get; } = new(StringComparer.Ordinal);

    public bool HasAggregates => AggregatedTypes.Count > 0;

    /// <summary>Per-conjunct explainers, compiled on first use.</summary>
    public IReadOnlyList<ConditionProbe> Probes => _probes.Value;
}
