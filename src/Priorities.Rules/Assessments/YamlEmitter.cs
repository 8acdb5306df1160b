using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Priorities.Assessments;

/// <summary>Writes a JSON tree as block-style YAML with the same keys, deterministically.</summary>
internal static class YamlEmitter
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf", "infinity",
    };

    public static void WriteDocument(StringBuilder builder, JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && root.EnumerateObject().Any())
            WriteMapping(builder, root, 0, firstPrefix: null);
        else
            builder.Append(Inline(root)).Append('\n');
    }

    private static void WriteMapping(StringBuilder builder, JsonElement mapping, int indent, string? firstPrefix)
    {
        var first = true;
        foreach (var property in mapping.EnumerateObject())
        {
            if (first && firstPrefix is not null) builder.Append(firstPrefix);
            else builder.Append(' ', indent);
            first = false;
            builder.Append(Scalar(property.Name)).Append(':');
            WriteValue(builder, property.Value, indent);
        }
    }

    private static void WriteValue(StringBuilder builder, JsonElement value, int indent)
    {
        if (IsBlock(value) && value.ValueKind == JsonValueKind.Object)
        {
            builder.Append('\n');
            WriteMapping(builder, value, indent + 2, firstPrefix: null);
        }
        else if (IsBlock(value))
        {
            builder.Append('\n');
            WriteSequence(builder, value, indent + 2);
        }
        else
        {
            builder.Append(' ').Append(Inline(value)).Append('\n');
        }
    }

    private static void WriteSequence(StringBuilder builder, JsonElement sequence, int indent)
    {
        foreach (var item in sequence.EnumerateArray())
        {
            if (IsBlock(item) && item.ValueKind == JsonValueKind.Object)
            {
                WriteMapping(builder, item, indent + 2, firstPrefix: new string(' ', indent) + "- ");
            }
            else if (IsBlock(item))
            {
                builder.Append(' ', indent).Append("-\n");
                WriteSequence(builder, item, indent + 2);
            }
            else
            {
                builder.Append(' ', indent).Append("- ").Append(Inline(item)).Append('\n');
            }
        }
    }

    private static bool IsBlock(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => value.EnumerateObject().Any(),
        JsonValueKind.Array => value.GetArrayLength() > 0,
        _ => false,
    };

    private static string Inline(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "{}",
        JsonValueKind.Array => "[]",
        JsonValueKind.String => Scalar(value.GetString()!),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    /// <summary>A string as a plain scalar when that cannot be misread, otherwise double-quoted.</summary>
    internal static string Scalar(string text) => IsPlainSafe(text) ? text : Quote(text);

    private static bool IsPlainSafe(string text)
    {
        if (text.Length == 0 || !char.IsLetter(text[0]) || text[^1] == ' ' || Reserved.Contains(text)) return false;
        foreach (var c in text)
        {
            var ok = char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or ',' or '/' or '(' or ')' or '\'' or '&' or '+';
            if (!ok) return false;
        }
        return true;
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' =>
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }
        return builder.Append('"').ToString();
    }
}
