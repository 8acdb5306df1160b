namespace Priorities.Evaluation;

/// <summary>
/// The selection's outcome: the plan in rank order, the candidates left out, best first, and the candidates with too
/// little evidence to be assessed (coverage below <c>minCoverage</c>), in catalogue order.
/// </summary>
internal sealed record Selection(IReadOnlyList<Candidate> Selected, IReadOnlyList<Rejection> Rejected)
{
    /// <summary>The candidates with too little evidence, neither selected nor rejected.</summary>
    public IReadOnlyList<Candidate> Gaps { get; init; } = [];
}
