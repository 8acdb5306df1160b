using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Priorities.Engine.Diagnostics;
using Priorities.Engine.Expressions;
using Priorities.Engine.Expressions.Semantics;
using Priorities.Engine.Expressions.Syntax;
using static Priorities.Engine.Tests.Expressions.ExpressionFixture;

namespace Priorities.Engine.Tests.Expressions;

public sealed partial class PropertyTests
{
    private static readonly string[] Comparisons = ["==", "!=", "<", "<=", ">", ">="];

    [Property(MaxTest = 2000)]
    public bool Check_ArbitraryText_Meets_Specification(string text) => MeetsSpecification(text);

    [Property(MaxTest = 2000)]
    public Property Check_TokenSoup_Meets_Specification() => Prop.ForAll(ArithmeticGenerators.TokenSoup, MeetsSpecification);

    [Property(MaxTest = 500)]
    public Property Compile_RandomArithmetic_AgreesWithInterpreter() => Prop.ForAll(ArithmeticGenerators.Terms, term =>
    {
        if (term.DividesConstantByZero) return RefusedAsConstantOutOfRange(term.Text);
        var result = Checked(term.Text);
        var expected = term.Evaluate();
        var actual = result.CompileBoxed(Order)(Values);
        return (term.IsInteger ? ExprKind.Integer : ExprKind.Number) == result.Type.Kind && SameValue(expected, actual);
    });

    [Property(MaxTest = 300)]
    public Property Compile_RandomComparison_AgreesWithInterpreter() => Prop.ForAll(
        ArithmeticGenerators.Terms, ArithmeticGenerators.Terms, Arb.From(Gen.Elements(Comparisons)), (left, right, op) =>
        {
            var text = $"{left.Text} {op} {right.Text}";
            if (left.DividesConstantByZero || right.DividesConstantByZero) return RefusedAsConstantOutOfRange(text);
            var actual = (bool)Checked(text).CompileBoxed(Order)(Values)!;
            return actual == Compare(left.Evaluate(), right.Evaluate(), op);
        });

    [Property(MaxTest = 500)]
    public bool Compile_RandomStrings_CompareOrdinally(NonNull<string> first, NonNull<string> second)
    {
        var (a, b) = (first.Get, second.Get);
        var text = $"[{Quote(a)} < {Quote(b)}, {Quote(a)} == {Quote(b)}, {Quote(a)} + {Quote(b)} == s, len({Quote(a)}) == {a.Length}]";
        if (text.Length > ExpressionLimits.MaxLength) return true;
        var values = (IReadOnlyList<bool>)Checked(text).CompileBoxed(Order)(Values)!;
        return values[0] == (string.CompareOrdinal(a, b) < 0) && values[1] == (a == b) && values[2] == (a + b == "Oxford") && values[3];
    }

    private static bool RefusedAsConstantOutOfRange(string text) =>
        Errors(text) is { Count: > 0 } errors && errors.All(e => e.Code == EngineCodes.ConstantOutOfRange);

    /// <summary>Equal values; doubles may differ in the last bits when the JIT folds or reorders operations.</summary>
    private static bool SameValue(object? expected, object? actual) =>
        expected is double e && actual is double a
            ? e.Equals(a) || Math.Abs(e - a) <= 1e-9 * Math.Max(1, Math.Abs(e))
            : Equals(expected, actual);

    private static bool MeetsSpecification(string? text)
    {
        var diagnostics = new List<Diagnostic>();
        var result = ExpressionLanguage.Check(text!, Scope, diagnostics);
        if (result is null) return diagnostics.Count > 0 && diagnostics.All(d => IsWellFormed(d, text ?? string.Empty));
        _ = result.CompileBoxed(Order)(Values);
        _ = result.SplitConjuncts().All(c => c.Text.Length > 0);
        return diagnostics.Count == 0 && text!.Substring(result.Offset, result.Text.Length) == result.Text;
    }

    private static bool IsWellFormed(Diagnostic d, string text)
    {
        if (!CodePattern().IsMatch(d.Code) || string.IsNullOrWhiteSpace(d.Message)) return false;
        if (d.File.Length != 0 || d.Line < 1 || d.Column < 1) return false;
        var lines = LineBreak().Split(text[..ExpressionErrors.OffsetOf(text, d.Line, d.Column)]);
        return d.Line == lines.Length && d.Column == lines[^1].Length + 1;
    }

    private static bool Compare(object left, object right, string op)
    {
        if (left is long l && right is long r) return Compare(l.CompareTo(r), l == r, op);
        var (x, y) = (Convert.ToDouble(left, null), Convert.ToDouble(right, null));
        return op switch
        {
            "==" => x == y,
            "!=" => x != y,
            "<" => x < y,
            "<=" => x <= y,
            ">" => x > y,
            _ => x >= y,
        };
    }

    private static bool Compare(int order, bool equal, string op) => op switch
    {
        "==" => equal,
        "!=" => !equal,
        "<" => order < 0,
        "<=" => order <= 0,
        ">" => order > 0,
        _ => order >= 0,
    };

    private static string Quote(string value) => "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    [GeneratedRegex("^EXP00[1-9]$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("\r\n|\n|\r")]
    private static partial Regex LineBreak();
}
