namespace Priorities.Diffs;

/// <summary>A rule both rule sets have whose content differs.</summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Parts">
/// What differs, in this order: <c>when</c> (the conditions), <c>score</c>, <c>because</c>, <c>propose</c> (the
/// priority or whether it is mandatory), <c>derive</c>, <c>salience</c>. Layout, key order and whitespace outside quoted
/// text are not content.
/// </param>
public sealed record RuleChange(string Id, IReadOnlyList<string> Parts);
