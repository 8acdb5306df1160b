using System.Text.Json.Nodes;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Yaml;

namespace Priorities.Assessments.Reading;

/// <summary>
/// Checks a document against the assessment's shape, reporting unknown and missing keys and values of the wrong
/// type at their places, and builds the typed JSON the serializer reads.
/// </summary>
/// <remarks>The plan history has a reader of its own (<see cref="HistoryReader"/>), with its own codes.</remarks>
internal sealed class AssessmentValidator(DiagnosticBag bag, RecordFiles? records = null)
{
    public JsonNode? Validate(DocNode root) => Convert(root, Shape.Assessment, string.Empty);

    private JsonNode? Convert(DocNode node, Shape shape, string path) => shape.Kind switch
    {
        ShapeKind.Object => Object(node, shape, path),
        ShapeKind.List => List(node, shape, path),
        _ => node is DocScalar scalar ? ScalarConverter.Convert(scalar, shape, path, bag) : WrongType(node, shape, path),
    };

    private JsonObject? Object(DocNode node, Shape shape, string path)
    {
        if (node is not DocObject doc) return (JsonObject?)WrongType(node, shape, path);
        var result = new JsonObject();
        foreach (var member in doc.Members)
        {
            var field = shape.Fields.FirstOrDefault(f => f.Name == member.Key);
            if (field is null) Unknown(member, shape);
            else if (path.Length == 0 && field.Name == "history")
                result[field.Name] = new HistoryReader(bag, records).Read(member.Value, doc);
            else if (member.Value is DocScalar { IsNull: true }) Null(member, field, path);
            else result[field.Name] = Convert(member.Value, field.Shape, Join(path, field.Name));
        }
        foreach (var missing in shape.Fields.Where(f => f.Required && doc.Get(f.Name) is null))
            bag.Error(RulesCodes.AssessmentMissingKey, doc.Location, $"Missing required key '{missing.Name}' in {Describe(path)}.");
        return result;
    }

    private JsonArray? List(DocNode node, Shape shape, string path)
    {
        if (node is not DocArray doc) return (JsonArray?)WrongType(node, shape, path);
        var result = new JsonArray();
        for (var i = 0; i < doc.Items.Count; i++)
            result.Add(Convert(doc.Items[i], shape.Item!, $"{path}[{i}]"));
        return result;
    }

    private void Unknown(DocMember member, Shape shape)
    {
        var names = shape.Fields.Select(f => f.Name).ToArray();
        var hint = Suggestions.Nearest(member.Key, names) is { } near ? $" Did you mean '{near}'?" : $" Allowed keys: {string.Join(", ", names)}.";
        bag.Error(RulesCodes.AssessmentUnknownKey, member.KeyLocation, $"Unknown key '{member.Key}'.{hint}");
    }

    private void Null(DocMember member, ShapeField field, string path)
    {
        if (field.Nullable) return;
        if (field.Required) bag.Error(RulesCodes.AssessmentMissingKey, member.Value.Location, $"'{Join(path, field.Name)}' is required and needs a value.");
        else if (field.Shape.Kind is not ShapeKind.List)
            bag.Error(RulesCodes.AssessmentWrongType, member.Value.Location, $"'{Join(path, field.Name)}' needs a value ({Expected(field.Shape)}), or leave the key out.");
    }

    private JsonNode? WrongType(DocNode node, Shape shape, string path)
    {
        var found = node switch { DocObject => "a mapping", DocArray => "a list", _ => "a single value" };
        bag.Error(RulesCodes.AssessmentWrongType, node.Location, $"{Capital(Describe(path))} must be {Expected(shape)}, not {found}.");
        return null;
    }

    public static string Expected(Shape shape) => shape.Kind switch
    {
        ShapeKind.Object => $"a mapping ({shape.Name})",
        ShapeKind.List => "a list",
        ShapeKind.Text => "text",
        ShapeKind.Number => "a number",
        ShapeKind.Boolean => "true or false",
        _ => "a whole number",
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Describe(string path) => path.Length == 0 ? "the assessment" : $"'{path}'";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
