using System.Text.Json;
using System.Text.Json.Nodes;

namespace Priorities.Assessments.Reading;

/// <summary>
/// What a plan history takes from a decision record (the JSON <c>priorities adopt</c> writes, format
/// <see cref="Format"/>): its year, partnership, adopted ids by rank and their figures. Read from the JSON itself, so
/// that reading assessments needs nothing of the adoption model.
/// </summary>
internal sealed record HistoryRecord(int Year, string Partnership, IReadOnlyList<string> Adopted, JsonArray Figures)
{
    public const string Format = "priorities-decision-record/1";

    /// <exception cref="JsonException">The node is not a decision record of <see cref="Format"/>; the message says why.</exception>
    public static HistoryRecord Read(JsonNode? node)
    {
        if (node is not JsonObject record) throw new JsonException("it is not a JSON object");
        var format = Text(record, "format");
        if (format != Format) throw new JsonException($"its format is '{format}', not '{Format}'");
        var partnership = record["partnership"] is JsonObject p ? Text(p, "name") : throw new JsonException("it has no 'partnership'");
        var adopted = record["adopted"] as JsonArray ?? throw new JsonException("it has no 'adopted' list");
        var figures = adopted
            .Select((item, i) => Figure(item as JsonObject ?? throw new JsonException($"'adopted[{i}]' is not an object"), i))
            .ToArray();
        return new HistoryRecord(Whole(record, "year"), partnership, figures.Select(f => (string)f["id"]!).ToArray(), new JsonArray(figures));
    }

    private static JsonObject Figure(JsonObject item, int index)
    {
        var raw = item["raw"] as JsonArray ?? [];
        return new JsonObject
        {
            ["id"] = Text(item, "id"),
            ["rank"] = Whole(item, "rank"),
            ["score"] = item["score"] is JsonValue score && score.TryGetValue<double>(out var s) ? s : null,
            ["raw"] = new JsonArray(raw.Select((r, j) => (JsonNode?)new JsonObject
            {
                ["dimension"] = r is JsonObject o
                    ? Text(o, "dimension") : throw new JsonException($"'adopted[{index}].raw[{j}]' is not an object"),
                ["value"] = Number(o, "raw"),
            }).ToArray()),
        };
    }

    private static string Text(JsonObject obj, string key) =>
        obj[key] is JsonValue v && v.TryGetValue<string>(out var text) ? text : throw new JsonException($"'{key}' is missing or not text");

    private static int Whole(JsonObject obj, string key) =>
        obj[key] is JsonValue v && v.TryGetValue<int>(out var n) ? n
        : obj[key] is JsonValue l && l.TryGetValue<long>(out var m) && m is >= int.MinValue and <= int.MaxValue ? (int)m
        : throw new JsonException($"'{key}' is missing or not a whole number");

    private static double Number(JsonObject obj, string key) =>
        obj[key] is JsonValue v && (v.TryGetValue<double>(out var d) || (v.TryGetValue<long>(out var l) && (d = l) == l)) ? d
        : throw new JsonException($"'{key}' is missing or not a number");
}
