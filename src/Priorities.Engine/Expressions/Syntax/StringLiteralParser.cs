using System.Globalization;
using System.Text;
using Parlot;
using Parlot.Fluent;

namespace Priorities.Engine.Expressions.Syntax;

/// <summary>
/// Reads a string literal in single or double quotes. Escapes: <c>\\ \' \" \n \r \t \0 \uXXXX</c>. An unterminated
/// literal or an unknown escape fails the whole parse with a precise message.
/// </summary>
internal sealed class StringLiteralParser : Parser<SyntaxNode>
{
    public override bool Parse(ParseContext context, ref ParseResult<SyntaxNode> result)
    {
        var cursor = context.Scanner.Cursor;
        var before = cursor.Offset;
        context.SkipWhiteSpace();
        var text = cursor.Buffer;
        var start = cursor.Offset;
        if (start >= text.Length || (text[start] != '\'' && text[start] != '"'))
        {
            cursor.ResetPosition(before);
            return false;
        }
        var (value, end) = Read(text, start);
        cursor.Advance(end - start);
        result.Set(start, end, new StringSyntax(start, end - start, value));
        return true;
    }

    private static (string Value, int End) Read(string text, int start)
    {
        var quote = text[start];
        var value = new StringBuilder();
        var i = start + 1;
        while (i < text.Length && text[i] != quote)
        {
            if (text[i] == '\\') i = Escape(text, i, value);
            else value.Append(text[i++]);
        }
        if (i >= text.Length) throw Error("unterminated string literal: expected a closing " + quote, start);
        return (value.ToString(), i + 1);
    }

    private static int Escape(string text, int backslash, StringBuilder value)
    {
        var next = backslash + 1 < text.Length ? text[backslash + 1] : '\0';
        if (next == 'u' && backslash + 6 <= text.Length
            && int.TryParse(text.AsSpan(backslash + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            value.Append((char)code);
            return backslash + 6;
        }
        var decoded = next switch
        {
            '\\' or '\'' or '"' => next,
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            '0' => '\0',
            _ => throw Error(backslash + 1 < text.Length
                ? $"invalid escape sequence '\\{next}' in a string literal; expected one of \\\\ \\' \\\" \\n \\r \\t \\0 \\uXXXX"
                : "unterminated string literal: expected an escaped character after '\\'", backslash),
        };
        value.Append(decoded);
        return backslash + 2;
    }

    private static ParseException Error(string message, int offset) => new(message, new TextPosition(offset, 0, 0));
}
