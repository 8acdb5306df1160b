using FsCheck;
using FsCheck.Fluent;

namespace Priorities.Engine.Tests.Expressions;

/// <summary>FsCheck generators of <see cref="ArithmeticTerm"/> trees and of token soups close to the grammar.</summary>
internal static class ArithmeticGenerators
{
    private static readonly string[] Tokens =
    [
        "t.count", "t.category", "t.tags", "u", "n", "k", "s", "b", "names", "1", "2.5", "0", "'a'", "\"b\"", "true", "false",
        "[", "]", "(", ")", ",", ".", "?", ":", "+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "and", "or", "not",
        "!", "in", "&&", "||", "abs", "min", "max", "round", "len", "lower", "contains", "pct_change", "clamp", " ", "\n",
        "\r\n", "'", "\"", "\\", "=", "x", "GetType", "1e", "0.", "99999999999999999999", "é", "\0", "\t",
    ];

    public static Arbitrary<ArithmeticTerm> Terms { get; } = Arb.From(Gen.Sized(size => Term(Math.Min(size, 24))));

    public static Arbitrary<string> TokenSoup { get; } =
        Arb.From(Gen.ListOf(Gen.Elements(Tokens)).Select(tokens => string.Concat(tokens)));

    private static Gen<ArithmeticTerm> Term(int size) => size <= 1
        ? Leaf()
        : Gen.Frequency((2, Leaf()), (5, Binary(size)), (1, Negation(size)), (1, Call(size)));

    private static Gen<ArithmeticTerm> Leaf() => Gen.OneOf(
        Gen.Choose(0, 1000).Select(i => new ArithmeticTerm("int", string.Empty, i, [])),
        Gen.Choose(0, 8000).Select(i => new ArithmeticTerm("num", string.Empty, i / 8.0, [])),
        Gen.Elements(ArithmeticTerm.Variables.Keys.ToArray()).Select(name => new ArithmeticTerm("var", name, 0, [])));

    private static Gen<ArithmeticTerm> Binary(int size) =>
        from op in Gen.Elements("+", "-", "*", "/")
        from left in Term(size / 2)
        from right in Term(size / 2)
        select new ArithmeticTerm("bin", op, 0, [left, right]);

    private static Gen<ArithmeticTerm> Negation(int size) =>
        Term(size - 1).Select(operand => new ArithmeticTerm("neg", string.Empty, 0, [operand]));

    private static Gen<ArithmeticTerm> Call(int size) =>
        from function in Gen.Elements("abs", "min", "max")
        from count in function == "abs" ? Gen.Constant(1) : Gen.Choose(2, 3)
        from operands in Gen.ArrayOf(Term(size / 3), count)
        select new ArithmeticTerm("call", function, 0, operands);
}
