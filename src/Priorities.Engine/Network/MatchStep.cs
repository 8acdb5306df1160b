
namespace Priorities.Engine.Network;

/// <summary>
/// One match pattern of a compiled rule: the alpha node that feeds it and how it joins the tuples of the patterns
/// before it — through a hash index when the condition has an equality between this fact and earlier bindings.
/// </summary>
internal sealed record MatchStep(
    int Slot,
    AlphaNode Node,
    Func<FactHandle?[], object?>? LeftKey,
    Func<object, object?>? RightKey,
    int RightIndex,
    Func<FactHandle?[], bool>? Filter)
{
    /// <summary>
    /// For the second step only: the index, on the first step's alpha memory, keyed by this step's left key. The
    /// first step's facts are its own partial tuples, so that memory serves as the join's left memory.
    /// </summary>
    public int LeftIndexOnFirst { get; init; } = -1;

    public bool IsHashJoin => LeftKey is not null;
}
