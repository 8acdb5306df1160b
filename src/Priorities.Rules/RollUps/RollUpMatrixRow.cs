namespace Priorities.RollUps;

/// <summary>A row of the <see cref="RollUpMatrix"/>: one priority's rank in the agreement and in each district's plan.</summary>
/// <param name="Id">The priority's id.</param>
/// <param name="Title">Its title (the agreement's, else the first district's that selects it).</param>
/// <param name="County">Its rank in the agreement; null when the agreement does not select it.</param>
/// <param name="Ranks">Its rank in each district's plan, in the matrix's district order; null where not selected.</param>
public sealed record RollUpMatrixRow(string Id, string Title, int? County, IReadOnlyList<int?> Ranks)
{
    /// <summary>How many districts select it.</summary>
    public int Districts => Ranks.Count(r => r is not null);
}
