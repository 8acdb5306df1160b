using Priorities.Engine.Model;

namespace Priorities.Engine.Network;

/// <summary>
/// A not-exists, aggregate or test pattern, evaluated against working memory when its rule's activation reaches
/// the top of the agenda.
/// </summary>
internal sealed record DeferredStep(
    PatternKind Kind,
    int Slot,
    int FactSlot,
    AlphaNode? Node,
    Func<FactHandle?[], object?>? LeftKey,
    int RightIndex,
    Func<FactHandle?[], bool>? Filter,
    AggregateFunction Function,
    Func<FactHandle?[], double>? Value);
