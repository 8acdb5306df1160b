using System.Text.Json;
using System.Text.Json.Serialization;
using Priorities.Serialization;

namespace Priorities.Results;

/// <summary>Writes and reads <see cref="PlanBatchResult"/> as JSON, in the house style of <see cref="PlanResultSerializer"/>.</summary>
public static class PlanBatchSerializer
{
    private static readonly JsonSerializerOptions Options = HouseJson.Create(JsonNumberHandling.Strict);

    /// <summary>The batch as indented camelCase JSON ending with a line break: <c>{ "plans": [...], "agreement": {...} }</c>.</summary>
    /// <param name="result">The plans and the agreement.</param>
    /// <returns>The JSON text; the same batch always gives the same bytes.</returns>
    public static string ToJson(PlanBatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(result, Options) + "\n";
    }

    /// <summary>Reads a batch written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="JsonException">The text is not a batch of plans.</exception>
    public static PlanBatchResult FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize<PlanBatchResult>(json, Options) ?? throw new JsonException("The batch of plans is null.");
    }
}
