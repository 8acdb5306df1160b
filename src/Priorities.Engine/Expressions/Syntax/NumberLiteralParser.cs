using Parlot;
using Parlot.Fluent;

namespace Priorities.Engine.Expressions.Syntax;

/// <summary>
/// Reads an unsigned numeric literal: <c>digits ('.' digits)? ([eE] [+-]? digits)?</c>. The value is converted by the
/// checker, which reports literals out of range. A sign is a unary operator.
/// </summary>
internal sealed class NumberLiteralParser : Parser<SyntaxNode>
{
    public override bool Parse(ParseContext context, ref ParseResult<SyntaxNode> result)
    {
        var cursor = context.Scanner.Cursor;
        var before = cursor.Offset;
        context.SkipWhiteSpace();
        var text = cursor.Buffer;
        var start = cursor.Offset;
        if (start >= text.Length || !char.IsAsciiDigit(text[start]))
        {
            cursor.ResetPosition(before);
            return false;
        }
        var end = Digits(text, start);
        var isInteger = true;
        if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            end = Digits(text, end + 1);
            isInteger = false;
        }
        var exponent = ExponentEnd(text, end);
        if (exponent > end) (end, isInteger) = (exponent, false);
        cursor.Advance(end - start);
        result.Set(start, end, new NumberSyntax(start, end - start, text[start..end], isInteger));
        return true;
    }

    private static int Digits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        return i;
    }

    private static int ExponentEnd(string text, int i)
    {
        if (i >= text.Length || (text[i] != 'e' && text[i] != 'E')) return i;
        var j = i + 1;
        if (j < text.Length && (text[j] == '+' || text[j] == '-')) j++;
        return j < text.Length && char.IsAsciiDigit(text[j]) ? Digits(text, j) : i;
    }
}
