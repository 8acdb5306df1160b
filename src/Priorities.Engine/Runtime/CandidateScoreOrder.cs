namespace Priorities.Engine.Runtime;

/// <summary>Closest first: fewest failed conditions, then most passed, then earliest facts.</summary>
internal sealed class CandidateScoreOrder : IComparer<CandidateScore>
{
    public static readonly CandidateScoreOrder Instance = new();

    public int Compare(CandidateScore? x, CandidateScore? y)
    {
        var c = x!.Failed.CompareTo(y!.Failed);
        if (c != 0) return c;
        c = y.Passed.CompareTo(x.Passed);
        if (c != 0) return c;
        for (var i = 0; i < x.Tuple.Length; i++)
        {
            c = (x.Tuple[i]?.Sequence ?? -1).CompareTo(y.Tuple[i]?.Sequence ?? -1);
            if (c != 0) return c;
        }
        return 0;
    }
}
