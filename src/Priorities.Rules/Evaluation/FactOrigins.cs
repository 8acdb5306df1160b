using Priorities.Engine.Network;
using Priorities.Results;

namespace Priorities.Evaluation;

/// <summary>
/// The assessment fact behind each fact given to a session, found by the handle's insertion sequence: no hash of the
/// fact object is needed (identity hashes of every fact were a tenth of an Oxford plan's time).
/// </summary>
internal sealed class FactOrigins
{
    private readonly List<(object Fact, Evidence? Evidence)> _bySequence = [];

    /// <summary>Notes where a fact the session was just given came from; a fact given twice keeps its first origin.</summary>
    public void Add(FactHandle handle, Evidence? evidence)
    {
        if (handle.IsDerived || handle.Sequence != _bySequence.Count) return;
        _bySequence.Add((handle.Fact, evidence));
    }

    /// <summary>The evidence behind a fact the session was given, or null (a derived fact, or one with no origin).</summary>
    public Evidence? Of(FactHandle handle)
    {
        if (handle.IsDerived || handle.Sequence < 0 || handle.Sequence >= _bySequence.Count) return null;
        var (fact, evidence) = _bySequence[handle.Sequence];
        return ReferenceEquals(fact, handle.Fact) ? evidence : null;
    }
}
