namespace Priorities.Sensitivity;

/// <summary>
/// The plan's order under one set of weights: every candidate's place in the full order (the plan, then the
/// candidates not selected, best first, then the evidence gaps in catalogue order) and whether it is selected.
/// Indexes are catalogue indexes.
/// </summary>
/// <param name="Order">Catalogue indexes in the full order.</param>
/// <param name="Position">Per catalogue index, its 1-based place in <paramref name="Order"/>, or 0 when not listed.</param>
/// <param name="Selected">Per catalogue index, whether the plan includes it.</param>
/// <param name="Totals">Per catalogue index, its total.</param>
/// <param name="Gap">Per catalogue index, whether it is an evidence gap (too little evidence to be assessed).</param>
internal sealed record Ranking(int[] Order, int[] Position, bool[] Selected, double[] Totals, bool[] Gap)
{
    /// <summary>How many candidates the plan includes.</summary>
    public int PlanCount => Selected.Count(s => s);
}
