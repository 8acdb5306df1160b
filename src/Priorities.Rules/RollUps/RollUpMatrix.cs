using Priorities.Results;

namespace Priorities.RollUps;

/// <summary>
/// The priorities × districts matrix of a roll-up: for each priority any district or the agreement selected, its rank
/// in each district's plan and in the agreement. Rows: the agreement's priorities in its rank order, then the other
/// priorities in the order the districts first select them.
/// </summary>
/// <param name="Districts">The districts' partnership names, in input order (the columns).</param>
/// <param name="Rows">One row per priority.</param>
public sealed record RollUpMatrix(IReadOnlyList<string> Districts, IReadOnlyList<RollUpMatrixRow> Rows)
{
    /// <summary>The matrix of an agreement and the district plans it was rolled up from.</summary>
    /// <param name="agreement">The county agreement (<see cref="RollUpEvaluator.Evaluate"/>).</param>
    /// <param name="districts">The district plans, in input order.</param>
    /// <returns>The matrix.</returns>
    public static RollUpMatrix Of(PlanResult agreement, IReadOnlyList<PlanResult> districts)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(districts);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in agreement.Priorities.Concat(districts.SelectMany(d => d.Priorities))) titles.TryAdd(p.Id, p.Title);
        var rows = titles.Select(t => new RollUpMatrixRow(t.Key, t.Value, Rank(agreement, t.Key),
            districts.Select(d => Rank(d, t.Key)).ToArray())).ToArray();
        return new RollUpMatrix(districts.Select(d => d.Partnership.Name).ToArray(), rows);
    }

    private static int? Rank(PlanResult plan, string id) => plan.Priorities.FirstOrDefault(p => p.Id == id)?.Rank;
}
