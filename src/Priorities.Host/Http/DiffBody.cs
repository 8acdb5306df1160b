using System.Text.Json.Nodes;

namespace Priorities.Host.Http;

/// <summary>The shape of a <c>POST /v1/rulesets/diff</c> body, for the OpenAPI document.</summary>
/// <param name="Rules">The new rule set's YAML text; absent: the served rule set.</param>
/// <param name="Against">The old rule set's YAML text (two rule sets over one assessment).</param>
/// <param name="Assessment">The assessment, as an object or as YAML or JSON text.</param>
/// <param name="AssessmentAgainst">The old assessment, as an object or as text (two assessments under one rule set).</param>
internal sealed record DiffBody(string? Rules, string? Against, JsonNode Assessment, JsonNode? AssessmentAgainst);
