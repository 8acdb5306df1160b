namespace Priorities.Evaluation;

/// <summary>The selection's outcome: the plan in rank order, and the candidates left out, best first.</summary>
internal sealed record Selection(IReadOnlyList<Candidate> Selected, IReadOnlyList<Rejection> Rejected);
