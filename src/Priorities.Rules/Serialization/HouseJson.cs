using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Priorities.Serialization;

/// <summary>
/// The one JSON style of everything Priorities writes and reads (assessments, plan results): camelCase, two-space
/// indents, <c>\n</c> line ends, nulls left out, unknown members rejected, bounded depth. Deterministic output.
/// </summary>
internal static class HouseJson
{
    /// <summary>Read-only options in the house style.</summary>
    /// <param name="numbers">Strict for JSON; allowing numbers in strings for YAML, whose plain scalars arrive as strings.</param>
    public static JsonSerializerOptions Create(JsonNumberHandling numbers)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            NumberHandling = numbers,
            MaxDepth = 32,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
