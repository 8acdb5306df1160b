using System.Globalization;
using System.Text.Json.Nodes;

namespace Priorities.Assessments.Reading;

/// <summary>
/// A document node as plain JSON, typed as the YAML core schema types plain scalars (numbers, <c>true</c>/<c>false</c>,
/// null), for parts of an assessment another reader takes as they are (a decision record given inline).
/// </summary>
internal static class DocJson
{
    public static JsonNode? Convert(DocNode node) => node switch
    {
        DocObject obj => new JsonObject(obj.Members.Select(m => KeyValuePair.Create(m.Key, Convert(m.Value)))),
        DocArray array => new JsonArray(array.Items.Select(Convert).ToArray()),
        DocScalar scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonValue? Scalar(DocScalar scalar)
    {
        if (scalar.IsNull) return null;
        if (scalar.Kind is ScalarKind.Text) return JsonValue.Create(scalar.Text);
        if (scalar.Text is "true" or "false") return JsonValue.Create(scalar.Text == "true");
        if (long.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            return JsonValue.Create(whole);
        if (double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            return JsonValue.Create(number);
        return JsonValue.Create(scalar.Text);
    }
}
