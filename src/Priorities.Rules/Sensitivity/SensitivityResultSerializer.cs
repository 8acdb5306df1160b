using System.Text.Json;
using System.Text.Json.Serialization;
using Priorities.Serialization;

namespace Priorities.Sensitivity;

/// <summary>
/// Writes and reads <see cref="SensitivityResult"/> as JSON in the house style of plan results (camelCase, two-space
/// indents, <c>\n</c> line ends); <c>rank</c> and <c>flip</c> are written as null rather than left out. The contract
/// of <c>priorities sensitivity --format json</c> and <c>POST /v1/proposals/sensitivity</c>
/// (<c>rules/schemas/sensitivity.schema.json</c>).
/// </summary>
public static class SensitivityResultSerializer
{
    private static readonly JsonSerializerOptions Options = HouseJson.Create(JsonNumberHandling.Strict);

    /// <summary>The result as JSON ending with a line break; the same result always gives the same bytes.</summary>
    /// <param name="result">The analysis.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(SensitivityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(result, Options) + "\n";
    }

    /// <summary>Reads a result written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="JsonException">The text is not a sensitivity result.</exception>
    public static SensitivityResult FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize<SensitivityResult>(json, Options)
            ?? throw new JsonException("The sensitivity result is null.");
    }
}
