using System.Globalization;
using System.Text.Json.Nodes;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;

namespace Priorities.Assessments.Reading;

/// <summary>Turns a scalar into the JSON value its shape needs, reporting unreadable numbers and wrong types.</summary>
internal static class ScalarConverter
{
    public static JsonNode? Convert(DocScalar scalar, Shape shape, string path, DiagnosticBag bag)
    {
        var node = shape.Kind switch
        {
            ShapeKind.Text => scalar.Kind is ScalarKind.Text or ScalarKind.Plain ? JsonValue.Create(scalar.Text) : null,
            ShapeKind.Boolean => Boolean(scalar),
            _ => Number(scalar, shape),
        };
        if (node is not null) return node;
        var numeric = shape.Kind is ShapeKind.Int32 or ShapeKind.Int64 or ShapeKind.Number;
        var readable = scalar.Kind is ScalarKind.Plain or ScalarKind.Number || (numeric && scalar.Kind == ScalarKind.Text);
        var code = numeric && readable ? RulesCodes.AssessmentBadNumber : RulesCodes.AssessmentWrongType;
        bag.Error(code, scalar.Location, $"'{path}' must be {AssessmentValidator.Expected(shape)}, not {Show(scalar)}.");
        return null;
    }

    private static JsonValue? Boolean(DocScalar scalar) =>
        scalar.Kind is ScalarKind.Boolean or ScalarKind.Plain && scalar.Text.ToLowerInvariant() is "true" or "false"
            ? JsonValue.Create(scalar.Text.Equals("true", StringComparison.OrdinalIgnoreCase))
            : null;

    private static JsonValue? Number(DocScalar scalar, Shape shape)
    {
        if (scalar.Kind is ScalarKind.Boolean or ScalarKind.Null) return null;
        var text = scalar.Text.Trim();
        return shape.Kind switch
        {
            ShapeKind.Int32 => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? JsonValue.Create(i) : null,
            ShapeKind.Int64 => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? JsonValue.Create(l) : null,
            _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? JsonValue.Create(d) : null,
        };
    }

    private static string Show(DocScalar scalar) => scalar.Kind switch
    {
        ScalarKind.Text => $"the text \"{Short(scalar.Text)}\"",
        ScalarKind.Null => "null",
        _ => $"'{Short(scalar.Text)}'",
    };

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
