using Priorities.Engine.Expressions;
using static Priorities.Engine.Tests.Expressions.ExpressionFixture;

namespace Priorities.Engine.Tests.Expressions;

public sealed class ParsingTests
{
    [Theory]
    [InlineData("1 + 2 * 3", 7L)]
    [InlineData("(1 + 2) * 3", 9L)]
    [InlineData("10 - 4 - 3", 3L)]
    [InlineData("2 * 3 / 4", 1.5)]
    [InlineData("-2 * 3", -6L)]
    [InlineData("- -2", 2L)]
    [InlineData("--k", 7L)]
    [InlineData("k * 2 + n", 16.5)]
    [InlineData("true or false and false", true)]
    [InlineData("not false and false", false)]
    [InlineData("not 1 > 2", true)]
    [InlineData("!b or true", true)]
    [InlineData("1 < 2 == true", true)]
    [InlineData("1 + 1 in [2, 3]", true)]
    [InlineData("2 in [2] == true", true)]
    [InlineData("false ? 1 : true ? 2 : 3", 2L)]
    [InlineData("true ? 1 : 2 + 10", 1L)]
    [InlineData("1 > 2 or 3 > 2 ? 'yes' : 'no'", "yes")]
    [InlineData("((((k))))", 7L)]
    public void Evaluate_OperatorPrecedence_FollowsGrammar(string text, object expected) =>
        Assert.Equal(expected, Evaluate(text));

    [Theory]
    [InlineData("42", "int", 42L)]
    [InlineData("4.5", "number", 4.5)]
    [InlineData("1e3", "number", 1000.0)]
    [InlineData("2.5E-1", "number", 0.25)]
    [InlineData("-9223372036854775808", "int", long.MinValue)]
    [InlineData("9223372036854775807", "int", long.MaxValue)]
    [InlineData("true", "bool", true)]
    [InlineData("false", "bool", false)]
    public void Check_Literal_HasTypeAndValue(string text, string type, object expected)
    {
        var result = Checked(text);
        Assert.Equal(type, result.Type.ToString());
        Assert.Equal(expected, result.EvaluateConstant());
    }

    [Theory]
    [InlineData("'it\\'s'", "it's")]
    [InlineData("\"a\\\"b\"", "a\"b")]
    [InlineData("\"single ' inside\"", "single ' inside")]
    [InlineData("'line\\nbreak'", "line\nbreak")]
    [InlineData("'tab\\there\\r'", "tab\there\r")]
    [InlineData("'back\\\\slash'", "back\\slash")]
    [InlineData("'\\u0041\\u00e9'", "Aé")]
    [InlineData("'nul\\0'", "nul\0")]
    [InlineData("''", "")]
    public void Check_StringLiteral_DecodesEscapes(string text, string expected) =>
        Assert.Equal(expected, Checked(text).EvaluateConstant());

    [Fact]
    public void Check_ListLiteralMixingIntAndNumber_PromotesToNumber()
    {
        var result = Checked("[1, 2.5, -3]");
        Assert.Equal(ExprType.NumberList, result.Type);
        Assert.Equal(new[] { 1.0, 2.5, -3.0 }, Assert.IsAssignableFrom<IReadOnlyList<double>>(result.EvaluateConstant()));
    }

    [Fact]
    public void Check_ListLiteralOfStrings_IsStringList() =>
        Assert.Equal(ExprType.StringList, Checked("['a', \"b\", s]").Type);

    [Fact]
    public void Check_MultiLineExpression_ParsesAcrossLines()
    {
        var result = Checked("t.count >= 50\n  and t.change_pct >= 10\r\n  and\tb");
        Assert.Equal(new[] { "t.count >= 50", "t.change_pct >= 10", "b" }, result.SplitConjuncts().Select(c => c.Text));
    }

    [Fact]
    public void Check_SurroundingWhiteSpace_ExcludedFromText()
    {
        var result = Checked("  k  > 1 \n");
        Assert.Equal("k  > 1", result.Text);
        Assert.Equal(2, result.Offset);
    }

    [Theory]
    [InlineData("b && true || false", true)]
    [InlineData("b and true or false", true)]
    [InlineData("!b", false)]
    [InlineData("not b", false)]
    public void Evaluate_SymbolAndWordOperators_AreEquivalent(string text, bool expected) =>
        Assert.Equal(expected, Evaluate(text));

    [Theory]
    [InlineData("(1 + 2", "expected ')', but found the end of the expression", 1, 7)]
    [InlineData("1 +", "expected an expression, but found the end of the expression", 1, 4)]
    [InlineData("1 2", "expected an operator or the end of the expression, but found '2'", 1, 3)]
    [InlineData("abs(1,", "expected an expression", 1, 7)]
    [InlineData("abs(1 2)", "expected ',' or ')', but found '2'", 1, 7)]
    [InlineData("[1, 2", "expected ',' or ']', but found the end of the expression", 1, 6)]
    [InlineData("true ? 1", "expected ':'", 1, 9)]
    [InlineData("t.", "expected a field name after '.'", 1, 3)]
    [InlineData("t.1", "expected a field name after '.', but found '1'", 1, 3)]
    [InlineData("", "expected an expression, but found the end of the expression", 1, 1)]
    [InlineData("   ", "expected an expression", 1, 4)]
    [InlineData(")", "expected an expression, but found ')'", 1, 1)]
    [InlineData("k & 2", "expected an operator or the end of the expression, but found '&'", 1, 3)]
    [InlineData("'abc", "unterminated string literal", 1, 1)]
    [InlineData("'a\\qb'", "invalid escape sequence '\\q'", 1, 3)]
    [InlineData("k > 1 and\n  (k < 3", "expected ')'", 2, 9)]
    [InlineData("k > 1 and\r\n  (k <", "expected an expression", 2, 7)]
    [InlineData("1 +\r\r 2 3", "expected an operator", 3, 4)]
    public void Check_SyntaxError_ReportsWhatWasExpectedWhere(string text, string message, int line, int column)
    {
        var error = Error(text);
        Assert.Equal("EXP001", error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("k = 1", 1, 3)]
    [InlineData("t.count =\n 3", 1, 9)]
    public void Check_Assignment_NotAllowed(string text, int line, int column)
    {
        var error = Error(text);
        Assert.Equal("EXP007", error.Code);
        Assert.Contains("assignment is not allowed", error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Check_KeywordPrefixOfIdentifier_IsIdentifier()
    {
        var scope = new ExpressionScope([ScopeBinding.Value("order", ExprType.Integer), ScopeBinding.Value("nothing", ExprType.Boolean), ScopeBinding.Value("index", ExprType.Integer)]);
        Assert.Equal(ExprType.Boolean, Checked("order > index or nothing", scope).Type);
    }
}
