using System.Text.Json.Nodes;

namespace Priorities.Host.Http;

/// <summary>The shape of a <c>POST /v1/adoptions</c> body, for the OpenAPI document.</summary>
/// <param name="Proposal">The plan result (<c>propose</c>'s JSON), as an object or as a string of the file's text.</param>
/// <param name="Decisions">The board's decisions: YAML text, or the same structure as an object.</param>
internal sealed record AdoptionBody(JsonNode Proposal, JsonNode Decisions);
