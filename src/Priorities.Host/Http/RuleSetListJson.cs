namespace Priorities.Host.Http;

/// <summary>The answer of <c>GET /v1/rulesets</c>.</summary>
/// <param name="RuleSets">The served rule sets.</param>
/// <param name="LastReload">The latest load attempt: whether it compiled, and its diagnostics (a failed reload leaves the last good set serving).</param>
internal sealed record RuleSetListJson(IReadOnlyList<RuleSetJson> RuleSets, ValidationJson LastReload);
