namespace Priorities.Results;

/// <summary>A rule that fired for a priority.</summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Because">Its <c>because</c> sentence, filled with the evidence values.</param>
/// <param name="Scores">The raw values it gave, per dimension.</param>
/// <param name="Tags">The rule's tags.</param>
/// <param name="Sensitive">Whether it matched evidence marked sensitive.</param>
public sealed record FiredRule(string Id, string Because, IReadOnlyList<RawScore> Scores, IReadOnlyList<string> Tags, bool Sensitive);
