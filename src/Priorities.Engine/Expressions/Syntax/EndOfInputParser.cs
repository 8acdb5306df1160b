using Parlot;
using Parlot.Fluent;

namespace Priorities.Engine.Expressions.Syntax;

/// <summary>Succeeds at the end of the text, after white space; otherwise fails the parse at the first extra token.</summary>
internal sealed class EndOfInputParser : Parser<object?>
{
    public const string Message = "expected an operator or the end of the expression";

    public override bool Parse(ParseContext context, ref ParseResult<object?> result)
    {
        context.SkipWhiteSpace();
        var cursor = context.Scanner.Cursor;
        if (cursor.Offset < cursor.Buffer.Length) throw new ParseException(Message, new TextPosition(cursor.Offset, 0, 0));
        result.Set(cursor.Offset, cursor.Offset, null);
        return true;
    }
}
