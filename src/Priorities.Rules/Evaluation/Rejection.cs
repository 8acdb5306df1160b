namespace Priorities.Evaluation;

/// <summary>A candidate the selection left out, and why.</summary>
/// <param name="Candidate">The candidate.</param>
/// <param name="DiscretionaryRank">Its place among the discretionary candidates, from 1.</param>
/// <param name="Shortfall">How far it would have to rise to be selected (0 when it tied and lost the tie-break).</param>
/// <param name="BelowMinimum">How far below the minimum score it is, or null when it reaches it or there is none.</param>
/// <param name="LastSelected">The last selected discretionary candidate, when the top places were full.</param>
/// <param name="TopFull">Whether every discretionary place was taken (or there are none).</param>
internal sealed record Rejection(Candidate Candidate, int DiscretionaryRank, double Shortfall, double? BelowMinimum, Candidate? LastSelected, bool TopFull);
