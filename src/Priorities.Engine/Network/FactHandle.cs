using Priorities.Engine.Facts;

namespace Priorities.Engine.Network;

/// <summary>
/// A fact in a session's working memory: the fact object, its type, its insertion sequence, and — for facts that
/// rules inserted — the firing that derived it, so that every result traces back to input facts.
/// </summary>
public sealed class FactHandle
{
    internal FactHandle(object fact, FactType type, int sequence, int depth, Firing? derivedBy)
    {
        Fact = fact;
        Type = type;
        Sequence = sequence;
        Depth = depth;
        DerivedBy = derivedBy;
    }

    /// <summary>The fact object (an instance of <see cref="FactType.ClrType"/>).</summary>
    public object Fact { get; }

    /// <summary>The fact's registered type.</summary>
    public FactType Type { get; }

    /// <summary>The order in which the fact entered working memory (0-based); -1 for computed values.</summary>
    public int Sequence { get; }

    /// <summary>0 for facts given to the session; for derived facts, one more than the deepest fact they came from.</summary>
    public int Depth { get; }

    /// <summary>The firing whose action inserted this fact, or null for facts given to the session.</summary>
    public Firing? DerivedBy { get; }

    /// <summary>
    /// A one-slot tuple holding this fact, shared by the activations of every single-pattern rule it matches: such
    /// tuples are never written to, so one array serves them all.
    /// </summary>
    internal FactHandle?[] Unit => field ??= [this];

    /// <summary>True when a rule inserted this fact.</summary>
    public bool IsDerived => DerivedBy is not null;

    /// <inheritdoc />
    public override string ToString() => $"#{Sequence} {Fact}";
}
