using Priorities.Engine.Network;

namespace Priorities.Engine;

/// <summary>What a session did: every firing in order, every fact (given and derived), and the emitted records.</summary>
public sealed class SessionResult
{
    private IReadOnlyList<RuleOutput>? _outputs;

    internal SessionResult(IReadOnlyList<Firing> firings, IReadOnlyList<FactHandle> facts)
    {
        Firings = firings;
        Facts = facts;
    }

    /// <summary>Every firing, in the order the rules fired.</summary>
    public IReadOnlyList<Firing> Firings { get; }

    /// <summary>Every fact in working memory, in insertion order; derived facts link to the firing that made them.</summary>
    public IReadOnlyList<FactHandle> Facts { get; }

    /// <summary>Every emitted record, in firing order.</summary>
    public IReadOnlyList<RuleOutput> Outputs => _outputs ??= Collect();

    private RuleOutput[] Collect()
    {
        var outputs = new List<RuleOutput>(Firings.Count);
        foreach (var firing in Firings)
            for (var i = 0; i < firing.Compiled.Outputs.Length; i++) outputs.Add(new RuleOutput(firing, i));
        return outputs.ToArray();
    }
}
