using System.Text;
using System.Text.Json;
using Json.Schema;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Results;
using Priorities.Schemas;

namespace Priorities.Adoption;

/// <summary>
/// Reads a proposal: UTF-8 JSON that the result schema (<see cref="JsonSchemas.Result"/>) accepts and that carries
/// the hash of its assessment. Anything else is PR7005, at the place of a syntax error or naming the JSON pointer of
/// what the schema refused.
/// </summary>
internal static class ProposalReader
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(JsonSchemas.Result));

    public static PlanResult? Read(byte[] bytes, string file, DiagnosticBag bag)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Refuse(bag, SourceLocation.StartOf(file), "is not UTF-8 text");
        }
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
            var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!results.IsValid) return Refuse(bag, SourceLocation.StartOf(file), Problem(results));
            var plan = PlanResultSerializer.FromJson(text);
            return plan.AssessmentSha256 is null
                ? Refuse(bag, SourceLocation.StartOf(file), "has no 'assessmentSha256' (it was made by an earlier version; propose again)")
                : plan;
        }
        catch (JsonException e)
        {
            var at = new SourceLocation(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            return Refuse(bag, at, "is not JSON: " + e.Message.Split([" Path:", " LineNumber:"], StringSplitOptions.None)[0]);
        }
    }

    private static string Problem(EvaluationResults results)
    {
        var first = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"at '{d.InstanceLocation}' {d.Errors!.First().Value}")
            .FirstOrDefault() ?? "does not match the result schema";
        return "does not match the result schema (rules/schemas/result.schema.json): " + first;
    }

    private static PlanResult? Refuse(DiagnosticBag bag, SourceLocation at, string problem)
    {
        bag.Error(RulesCodes.AdoptionNotAResult, at, $"The proposal {problem}; adopt takes the JSON of 'priorities propose --format json'.");
        return null;
    }
}
