using System.Globalization;
using Priorities.Engine.Diagnostics;

namespace Priorities.Engine.Expressions.Syntax;

/// <summary>
/// The hard limits on an expression, checked before it is parsed so that no input can exhaust the stack:
/// <see cref="MaxLength"/> characters and <see cref="MaxDepth"/> levels of nesting (parentheses, brackets,
/// prefix operators and conditionals, see <see cref="NestingScanner"/>).
/// </summary>
internal static class ExpressionLimits
{
    public const int MaxLength = 4000;

    public const int MaxDepth = 64;

    /// <summary>Reports EXP009 and returns false when <paramref name="text"/> exceeds a limit.</summary>
    public static bool Check(string text, ExpressionErrors diagnostics)
    {
        if (text.Length > MaxLength)
        {
            var message = string.Format(CultureInfo.InvariantCulture, "the expression is too long: {0} characters where at most {1} are allowed", text.Length, MaxLength);
            diagnostics.Report(EngineCodes.TooComplex, message, MaxLength);
            return false;
        }
        var excess = NestingScanner.FindExcess(text, MaxDepth);
        if (excess < 0) return true;
        diagnostics.Report(EngineCodes.TooComplex, $"the expression is nested too deeply: at most {MaxDepth} levels of parentheses, brackets, prefix operators and conditionals are allowed", excess);
        return false;
    }
}
