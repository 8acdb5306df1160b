using Priorities.Engine.Diagnostics;

namespace Priorities.Engine.Expressions;

/// <summary>
/// Adds errors for one expression text to a caller's list of <see cref="Diagnostic"/>s, placed at one-based line and
/// column within that text (the file is empty: the expression's front end knows where the text came from). Lines
/// end at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>; <see cref="OffsetOf"/> turns a place back into an offset.
/// </summary>
internal sealed class ExpressionErrors(string text, List<Diagnostic> target)
{
    private readonly int _initialCount = target.Count;

    public string Text => text;

    /// <summary>Whether an error was reported since the collector was created.</summary>
    public bool HasErrors => target.Count > _initialCount;

    public void Report(string code, string message, int offset)
    {
        var (line, column) = LineAndColumn(text, Math.Clamp(offset, 0, text.Length));
        target.Add(Diagnostic.Error(code, new SourceLocation(string.Empty, line, column), message));
    }

    /// <summary>The one-based line and column of <paramref name="offset"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (IsLineEnd(text, i))
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }

    /// <summary>The zero-based offset of a one-based <paramref name="line"/> and <paramref name="column"/>.</summary>
    public static int OffsetOf(string text, int line, int column)
    {
        var lineStart = 0;
        for (var i = 0; i < text.Length && line > 1; i++)
        {
            if (!IsLineEnd(text, i)) continue;
            line--;
            lineStart = i + 1;
        }
        return Math.Clamp(lineStart + column - 1, 0, text.Length);
    }

    private static bool IsLineEnd(string text, int i) =>
        text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'));
}
