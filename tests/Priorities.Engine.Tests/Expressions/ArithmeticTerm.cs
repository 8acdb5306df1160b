using System.Globalization;

namespace Priorities.Engine.Tests.Expressions;

/// <summary>
/// A random arithmetic expression and a small C# interpreter for it, used to cross-check the compiled language.
/// <see cref="Kind"/> is <c>int</c>, <c>num</c>, <c>var</c>, <c>neg</c>, <c>bin</c> (operator in <see cref="Op"/>)
/// or <c>call</c> (function in <see cref="Op"/>). Integer arithmetic wraps (the generated values are far too small to overflow); <c>/</c> always divides numbers.
/// </summary>
public sealed record ArithmeticTerm(string Kind, string Op, double Value, IReadOnlyList<ArithmeticTerm> Operands)
{
    /// <summary>The values of the variables the terms use, as bound in <see cref="ExpressionFixture"/>.</summary>
    public static readonly IReadOnlyDictionary<string, object> Variables = new Dictionary<string, object>
    {
        ["k"] = 7L,
        ["n"] = 2.5,
        ["t.count"] = 60L,
        ["t.change_pct"] = 20.0,
    };

    public bool IsInteger => Kind switch
    {
        "int" => true,
        "num" => false,
        "var" => Variables[Op] is long,
        "bin" => Op != "/" && Operands.All(o => o.IsInteger),
        _ => Operands.All(o => o.IsInteger),
    };

    private int Precedence => Kind switch
    {
        "bin" => Op is "+" or "-" ? 1 : 2,
        "neg" => 3,
        _ => 4,
    };

    /// <summary>The source text, with only the parentheses precedence requires.</summary>
    public string Text => Kind switch
    {
        "int" => ((long)Value).ToString(CultureInfo.InvariantCulture),
        "num" => Value.ToString("0.0##", CultureInfo.InvariantCulture),
        "var" => Op,
        "neg" => "-" + Wrap(Operands[0], 3),
        "bin" => $"{Wrap(Operands[0], Precedence)} {Op} {Wrap(Operands[1], Precedence + 1)}",
        _ => $"{Op}({string.Join(", ", Operands.Select(o => o.Text))})",
    };

    /// <summary>
    /// Whether the checker works the term out as a constant: a literal, a literal written with a minus, or arithmetic
    /// between two such (calls and other negations are computed when the expression runs).
    /// </summary>
    public bool IsConstant => Kind switch
    {
        "int" or "num" => true,
        "neg" => Operands[0].Kind is "int" or "num",
        "bin" => Operands.All(o => o.IsConstant),
        _ => false,
    };

    /// <summary>Whether the checker must refuse the term (EXP012): somewhere a constant is divided by a constant 0.</summary>
    public bool DividesConstantByZero => Operands.Any(o => o.DividesConstantByZero)
        || (Kind == "bin" && Op == "/" && IsConstant && Operands[1].EvaluateNumber() == 0);

    /// <summary>The value as the language defines it: a long when <see cref="IsInteger"/>, else a double.</summary>
    public object Evaluate() => IsInteger ? (object)EvaluateInteger() : EvaluateNumber();

    public override string ToString() => Text;

    private static string Wrap(ArithmeticTerm term, int minimum) => term.Precedence < minimum ? $"({term.Text})" : term.Text;

    private long EvaluateInteger() => Kind switch
    {
        "int" => (long)Value,
        "var" => (long)Variables[Op],
        "neg" => unchecked(-Operands[0].EvaluateInteger()),
        "bin" => Combine(Operands[0].EvaluateInteger(), Operands[1].EvaluateInteger()),
        _ => Op switch
        {
            "abs" => Operands[0].EvaluateInteger() is var v && v < 0 ? unchecked(-v) : Operands[0].EvaluateInteger(),
            "min" => Operands.Select(o => o.EvaluateInteger()).Aggregate(Math.Min),
            _ => Operands.Select(o => o.EvaluateInteger()).Aggregate(Math.Max),
        },
    };

    /// <summary>An integer sub-term is computed as an integer and promoted, as the language does (so -0 is +0.0, not -0.0).</summary>
    private double EvaluateNumber() => IsInteger ? EvaluateInteger() : Kind switch
    {
        "int" or "num" => Value,
        "var" => Convert.ToDouble(Variables[Op], CultureInfo.InvariantCulture),
        "neg" => -Operands[0].EvaluateNumber(),
        "bin" => Combine(Operands[0].EvaluateNumber(), Operands[1].EvaluateNumber()),
        _ => Op switch
        {
            "abs" => Math.Abs(Operands[0].EvaluateNumber()),
            "min" => Operands.Select(o => o.EvaluateNumber()).Aggregate(Math.Min),
            _ => Operands.Select(o => o.EvaluateNumber()).Aggregate(Math.Max),
        },
    };

    private long Combine(long left, long right) => Op switch
    {
        "+" => unchecked(left + right),
        "-" => unchecked(left - right),
        _ => unchecked(left * right),
    };

    private double Combine(double left, double right) => Op switch
    {
        "+" => left + right,
        "-" => left - right,
        "*" => left * right,
        _ => left / right,
    };
}
