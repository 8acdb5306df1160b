namespace Priorities.Engine.Expressions;

/// <summary>
/// Adds <see cref="ExpressionDiagnostic"/> values for one expression text to a caller's list, computing one-based
/// line and column numbers. Lines end at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>.
/// </summary>
internal sealed class ExpressionErrors(string text, List<ExpressionDiagnostic> target)
{
    private readonly int _initialCount = target.Count;

    public string Text => text;

    /// <summary>Whether a diagnostic was reported since the bag was created.</summary>
    public bool HasErrors => target.Count > _initialCount;

    public void Report(string code, string message, int offset, int length)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        length = Math.Clamp(length, 0, text.Length - offset);
        var (line, column) = LineAndColumn(text, offset);
        target.Add(new ExpressionDiagnostic(code, message, offset, length, line, column));
    }

    /// <summary>The one-based line and column of <paramref name="offset"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }
}
