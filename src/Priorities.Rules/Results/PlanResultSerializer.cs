using System.Text.Json;
using System.Text.Json.Serialization;
using Priorities.Serialization;

namespace Priorities.Results;

/// <summary>Writes and reads <see cref="PlanResult"/> as JSON (camelCase, indented, deterministic).</summary>
public static class PlanResultSerializer
{
    private static readonly JsonSerializerOptions Options = HouseJson.Create(JsonNumberHandling.Strict);

    /// <summary>The result as indented camelCase JSON ending with a line break; the same result always gives the same bytes.</summary>
    /// <param name="result">The plan result.</param>
    /// <returns>The JSON text: two-space indents, <c>\n</c> line ends, absent (null) fields left out.</returns>
    public static string ToJson(PlanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(result, Options) + "\n";
    }

    /// <summary>Reads a result written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The plan result.</returns>
    /// <exception cref="System.Text.Json.JsonException">The text is not a plan result.</exception>
    public static PlanResult FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize<PlanResult>(json, Options) ?? throw new JsonException("The plan result is null.");
    }
}
