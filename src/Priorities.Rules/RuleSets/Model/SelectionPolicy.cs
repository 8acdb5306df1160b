namespace Priorities.RuleSets.Model;

/// <summary>Which candidates make the plan besides the mandatory ones.</summary>
/// <param name="Top">At most this many discretionary priorities, or null for no limit.</param>
/// <param name="MinScore">Only totals of at least this, or null for no minimum.</param>
internal sealed record SelectionPolicy(int? Top, double? MinScore);
