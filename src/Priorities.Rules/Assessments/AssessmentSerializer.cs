using System.Text;
using Priorities.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Priorities.Assessments;

/// <summary>
/// Reads and writes assessments as JSON (camelCase, System.Text.Json) and YAML (the same keys).
/// Output is deterministic: the same assessment always gives byte-identical text, with <c>\n</c> line ends.
/// </summary>
public static class AssessmentSerializer
{
    private static readonly JsonSerializerOptions JsonOptions = HouseJson.Create(JsonNumberHandling.Strict);

    /// <summary>Options for reading YAML, whose plain scalars arrive as strings and may be numbers.</summary>
    private static readonly JsonSerializerOptions YamlOptions = HouseJson.Create(JsonNumberHandling.AllowReadingFromString);

    /// <summary>Writes an assessment as indented JSON, leaving out absent (null) fields.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    public static string ToJson(Assessment assessment) =>
        JsonSerializer.Serialize(assessment, JsonOptions) + "\n";

    /// <summary>The UTF-8 bytes of <see cref="ToJson"/> without its closing line break, written without a string.</summary>
    internal static byte[] ToUtf8Json(Assessment assessment) => JsonSerializer.SerializeToUtf8Bytes(assessment, JsonOptions);

    /// <summary>
    /// Writes an assessment as YAML with the same keys as <see cref="ToJson"/>, headed by one comment line per
    /// entry of <see cref="Assessment.Sources"/> (its source and licence attribution).
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The YAML text, ending with a line break.</returns>
    public static string ToYaml(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var element = JsonSerializer.SerializeToElement(assessment, JsonOptions);
        var builder = new StringBuilder();
        foreach (var line in assessment.Sources)
            builder.Append("# ").Append(line.ReplaceLineEndings(" ")).Append('\n');
        YamlEmitter.WriteDocument(builder, element);
        return builder.ToString();
    }

    /// <summary>Reads an assessment from JSON as <see cref="ToJson"/> writes it.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="JsonException">The text is not valid JSON, misses a required field, has an unknown one, or a value of the wrong type.</exception>
    public static Assessment FromJson(string json) =>
        JsonSerializer.Deserialize<Assessment>(json, JsonOptions) ?? throw new JsonException("The assessment is null.");

    /// <summary>Reads an assessment from YAML as <see cref="ToYaml"/> writes it (comments are ignored).</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="JsonException">The text is not valid YAML (the message names line and column), or not a valid assessment.</exception>
    public static Assessment FromYaml(string yaml)
    {
        var node = YamlToJson.Convert(yaml);
        return node.Deserialize<Assessment>(YamlOptions) ?? throw new JsonException("The assessment is empty.");
    }
}
