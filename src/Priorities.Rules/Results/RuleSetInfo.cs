namespace Priorities.Results;

/// <summary>Which rule set produced a result.</summary>
/// <param name="Id">The rule set's id.</param>
/// <param name="Version">Its version.</param>
/// <param name="Hash">SHA-256 (lowercase hex) of the content of its files, includes too.</param>
public sealed record RuleSetInfo(string Id, string Version, string Hash);
