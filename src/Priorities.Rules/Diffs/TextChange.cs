namespace Priorities.Diffs;

/// <summary>A setting of the old rule set and the new one's, such as the scoring method.</summary>
/// <param name="Old">The old value, or null when the old side has none.</param>
/// <param name="New">The new value, or null when the new side has none.</param>
public sealed record TextChange(string? Old, string? New);
