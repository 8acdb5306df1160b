namespace Priorities.Diffs;

/// <summary>A number of the old rule set or plan and the new one's; null where that side has none.</summary>
/// <param name="Old">The old value, or null when the old side has none.</param>
/// <param name="New">The new value, or null when the new side has none.</param>
public sealed record NumberChange(double? Old, double? New);
