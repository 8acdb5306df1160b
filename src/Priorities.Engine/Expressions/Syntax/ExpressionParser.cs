using Priorities.Engine.Diagnostics;
namespace Priorities.Engine.Expressions.Syntax;

/// <summary>Parses an expression text into a syntax tree, turning a parse failure into an EXP001 diagnostic.</summary>
internal static class ExpressionParser
{
    /// <summary>Parses <paramref name="text"/>; callers must have checked <see cref="ExpressionLimits"/> first.</summary>
    public static SyntaxNode? Parse(string text, ExpressionErrors diagnostics)
    {
        if (ExpressionGrammar.Root.TryParse(text, out var node, out var error)) return node;
        var offset = SkipWhiteSpace(text, error?.Position.Offset ?? 0);
        if (IsAssignment(text, offset))
        {
            diagnostics.Report(EngineCodes.NotAllowed, "assignment is not allowed; use '==' to compare values", offset);
            return null;
        }
        var message = error?.Message ?? "the expression could not be parsed";
        if (message.StartsWith("expected", StringComparison.Ordinal)) message += ", but found " + Describe(text, offset);
        diagnostics.Report(EngineCodes.Syntax, message, offset);
        return null;
    }

    private static int SkipWhiteSpace(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        while (offset < text.Length && char.IsWhiteSpace(text[offset])) offset++;
        return offset;
    }

    private static bool IsAssignment(string text, int offset) =>
        offset < text.Length && text[offset] == '='
        && (offset + 1 >= text.Length || (text[offset + 1] != '=' && text[offset + 1] != '>'))
        && (offset == 0 || "=!<>".IndexOf(text[offset - 1], StringComparison.Ordinal) < 0);

    private static string Describe(string text, int offset) =>
        offset >= text.Length ? "the end of the expression" : $"'{text.AsSpan(offset, TokenLength(text, offset))}'";

    /// <summary>The length of the word or number at <paramref name="offset"/>, or 1 for any other character.</summary>
    private static int TokenLength(string text, int offset)
    {
        if (offset >= text.Length) return 0;
        var end = offset;
        while (end < text.Length && end - offset < 40 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_')) end++;
        if (end > offset) return end - offset;
        return char.IsHighSurrogate(text[offset]) && offset + 1 < text.Length && char.IsLowSurrogate(text[offset + 1]) ? 2 : 1;
    }
}
