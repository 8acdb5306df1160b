using System.Text;
using System.Text.Json;
using Priorities.Engine.Diagnostics;

namespace Priorities.Host.Http;

/// <summary>
/// The body of <c>POST /v1/adoptions</c>: <c>{"proposal": …, "decisions": …}</c>. The proposal is the plan result's
/// JSON, as an object (hashed as the exact bytes of that object in the body) or as a string holding the file's text
/// (hashed as its UTF-8 bytes, as the CLI hashes the file); the decisions are the YAML text as a string, or the same
/// structure as a JSON object.
/// </summary>
/// <param name="Proposal">The proposal's bytes.</param>
/// <param name="Decisions">The decisions' text (YAML; JSON is read as YAML).</param>
internal sealed record AdoptionRequest(byte[] Proposal, string Decisions)
{
    public const string ProposalName = "proposal";

    public const string DecisionsName = "decisions";

    /// <summary>The request, or the diagnostic that says why the body is not one.</summary>
    public static (AdoptionRequest? Request, Diagnostic? Problem) Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty(ProposalName, out var proposal) || !root.TryGetProperty(DecisionsName, out var decisions))
                return (null, Problem("The body must be a JSON object with 'proposal' (the plan result) and 'decisions' (the board's decisions)."));
            var bytes = proposal.ValueKind == JsonValueKind.String
                ? Encoding.UTF8.GetBytes(proposal.GetString()!)
                : Encoding.UTF8.GetBytes(proposal.GetRawText());
            var text = decisions.ValueKind == JsonValueKind.String ? decisions.GetString()! : decisions.GetRawText();
            return (new AdoptionRequest(bytes, text), null);
        }
        catch (JsonException e)
        {
            return (null, Problem("The body is not JSON: " + e.Message.Split([" Path:", " LineNumber:"], StringSplitOptions.None)[0]));
        }
    }

    private static Diagnostic Problem(string message) =>
        new(HttpCodes.AdoptionBadRequest, DiagnosticSeverity.Error, message, SourceLocation.StartOf("request"));
}
