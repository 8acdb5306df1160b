using System.Text;
using System.Text.Json;
using Priorities.Engine.Diagnostics;
using Priorities.Results;

namespace Priorities.Host.Cli;

/// <summary>
/// <c>priorities lint --format json</c>: the rule set, how many samples were evaluated, why sample checks were skipped
/// (if they were) and every warning with its place (schema: rules/schemas/lint.schema.json). Same input, same bytes.
/// </summary>
internal static class LintJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n" };

    public static string Write(RuleSetInfo ruleSet, int samples, string? skipped, IReadOnlyList<Diagnostic> warnings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("ruleSet");
            json.WriteString("id", ruleSet.Id);
            json.WriteString("version", ruleSet.Version);
            json.WriteString("hash", ruleSet.Hash);
            json.WriteEndObject();
            json.WriteNumber("samples", samples);
            if (skipped is null) json.WriteNull("sampleChecksSkipped");
            else json.WriteString("sampleChecksSkipped", skipped);
            json.WriteNumber("warnings", warnings.Count);
            json.WriteStartArray("diagnostics");
            foreach (var warning in warnings) DiagnosticWriter.Write(json, warning);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
