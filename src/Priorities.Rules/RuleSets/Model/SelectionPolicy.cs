namespace Priorities.RuleSets.Model;

/// <summary>Which candidates make the plan besides the mandatory ones.</summary>
/// <param name="Top">At most this many discretionary priorities, or null for no limit.</param>
/// <param name="MinScore">Only totals of at least this, or null for no minimum.</param>
/// <param name="MinCoverage">
/// Discretionary candidates whose coverage (the share of the total weight with evidence) is below this are listed as
/// evidence gaps, neither selected nor not selected.
/// </param>
internal sealed record SelectionPolicy(int? Top, double? MinScore, double MinCoverage = SelectionPolicy.DefaultMinCoverage)
{
    /// <summary>The minimum coverage when a rule set gives none.</summary>
    public const double DefaultMinCoverage = 0.5;
}
