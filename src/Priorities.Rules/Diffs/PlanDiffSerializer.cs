using System.Text.Json;
using System.Text.Json.Serialization;
using Priorities.Serialization;

namespace Priorities.Diffs;

/// <summary>Writes a <see cref="PlanDiff"/> as JSON, the contract of <c>rules/schemas/diff.schema.json</c>.</summary>
public static class PlanDiffSerializer
{
    private static readonly JsonSerializerOptions Options = HouseJson.Create(JsonNumberHandling.Strict);

    /// <summary>The diff as indented camelCase JSON ending with a line break; the same diff always gives the same bytes.</summary>
    /// <param name="diff">The diff.</param>
    /// <returns>The JSON text: two-space indents, <c>\n</c> line ends, absent (null) fields left out.</returns>
    public static string ToJson(PlanDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        return JsonSerializer.Serialize(diff, Options) + "\n";
    }
}
