using System.Text;

namespace Priorities.RuleSets.Compilation;

/// <summary>
/// Splits a <c>because</c> template into literal text and <c>{EXPR}</c> placeholders; <c>{{</c> and <c>}}</c> stand
/// for literal braces. An unclosed <c>{</c>, an empty <c>{}</c> or a lone <c>}</c> is an error at its offset.
/// </summary>
internal static class TemplateParser
{
    /// <summary>The most placeholders one template may have (a longer one is PR2070, and is not compiled).</summary>
    public const int MaxPlaceholders = 100;

    public static IReadOnlyList<TemplatePart> Parse(string template, List<(int Offset, string Message)> errors)
    {
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c is '{' or '}' && i + 1 < template.Length && template[i + 1] == c)
            {
                literal.Append(c);
                i += 2;
            }
            else if (c == '}')
            {
                errors.Add((i, "A '}' with no '{' before it; write '}}' for a literal brace."));
                i++;
            }
            else if (c == '{')
            {
                Flush(parts, literal, i);
                i = Placeholder(template, i, parts, errors);
            }
            else
            {
                literal.Append(c);
                i++;
            }
        }
        Flush(parts, literal, template.Length);
        return parts;
    }

    private static int Placeholder(string template, int open, List<TemplatePart> parts, List<(int Offset, string Message)> errors)
    {
        var close = template.IndexOf('}', open + 1);
        if (close < 0)
        {
            errors.Add((open, "This '{' is never closed; end the placeholder with '}' or write '{{' for a literal brace."));
            return template.Length;
        }
        var text = template[(open + 1)..close];
        if (string.IsNullOrWhiteSpace(text)) errors.Add((open, "An empty placeholder '{}'; put an expression inside, or write '{{}}' for literal braces."));
        else parts.Add(new TemplatePart(text, IsExpression: true, open + 1));
        return close + 1;
    }

    private static void Flush(List<TemplatePart> parts, StringBuilder literal, int end)
    {
        if (literal.Length == 0) return;
        parts.Add(new TemplatePart(literal.ToString(), IsExpression: false, end - literal.Length));
        literal.Clear();
    }
}
