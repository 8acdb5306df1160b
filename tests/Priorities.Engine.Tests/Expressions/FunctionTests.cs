
using static Priorities.Engine.Tests.Expressions.ExpressionFixture;

namespace Priorities.Engine.Tests.Expressions;

public sealed class FunctionTests
{
    [Theory]
    [InlineData("abs(-3)", 3L)]
    [InlineData("abs(-2.5)", 2.5)]
    [InlineData("abs(-9223372036854775808)", long.MinValue)]
    [InlineData("min(3, 1, 2)", 1L)]
    [InlineData("min(3, 1.5)", 1.5)]
    [InlineData("max(3, 1, 2)", 3L)]
    [InlineData("max(k, n)", 7.0)]
    [InlineData("round(2.5)", 3.0)]
    [InlineData("round(-2.5)", -3.0)]
    [InlineData("round(k)", 7.0)]
    [InlineData("round(2.375, 2)", 2.38)]
    [InlineData("round(1234.5678, 1)", 1234.6)]
    [InlineData("round(3.14159, 99)", 3.14159)]
    [InlineData("round(3.7, -1)", 4.0)]
    [InlineData("floor(2.7)", 2.0)]
    [InlineData("floor(-2.5)", -3.0)]
    [InlineData("ceil(2.1)", 3.0)]
    [InlineData("ceil(k)", 7.0)]
    [InlineData("clamp(15, 0, 10)", 10L)]
    [InlineData("clamp(-5, 0, 10)", 0L)]
    [InlineData("clamp(2.5, 0, 10)", 2.5)]
    [InlineData("clamp(5, 10, 0)", 0L)]
    [InlineData("pct_change(50, 60)", 20.0)]
    [InlineData("pct_change(t.previous, t.count)", 20.0)]
    [InlineData("pct_change(80, 60)", -25.0)]
    [InlineData("pct_change(0, 0)", 0.0)]
    [InlineData("pct_change(0, 5)", 0.0)]
    [InlineData("pct_change(0.0, -5)", 0.0)]
    public void Evaluate_NumericFunction_ComputesValue(string text, object expected) => Assert.Equal(expected, Evaluate(text));

    [Theory]
    [InlineData("lower('AbC')", "abc")]
    [InlineData("upper(s)", "OXFORD")]
    [InlineData("contains(s, 'xfo')", true)]
    [InlineData("contains(s, 'XFO')", false)]
    [InlineData("contains(names, 'y')", true)]
    [InlineData("contains(t.rates, 1.5)", true)]
    [InlineData("contains(t.rates, 3)", false)]
    [InlineData("startsWith(s, 'Ox')", true)]
    [InlineData("startsWith(s, 'ox')", false)]
    [InlineData("endsWith(s, 'ford')", true)]
    [InlineData("endsWith(s, '')", true)]
    [InlineData("len(s)", 6L)]
    [InlineData("len(names)", 2L)]
    [InlineData("len(t.tags)", 2L)]
    [InlineData("len('')", 0L)]
    [InlineData("len([])", 0L)]
    public void Evaluate_TextOrListFunction_ComputesValue(string text, object expected) => Assert.Equal(expected, Evaluate(text));

    [Theory]
    [InlineData("abs()")]
    [InlineData("min(1)")]
    [InlineData("max()")]
    [InlineData("round(1, 2, 3)")]
    [InlineData("floor(1, 2)")]
    [InlineData("clamp(1, 2)")]
    [InlineData("pct_change(1)")]
    [InlineData("len()")]
    [InlineData("lower('a', 'b')")]
    [InlineData("contains(s)")]
    public void Check_WrongArgumentCount_ReportsExp006(string text)
    {
        var error = Error(text);
        Assert.Equal("EXP006", error.Code);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("use ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abs('x')", 5)]
    [InlineData("lower(1)", 7)]
    [InlineData("upper(b)", 7)]
    [InlineData("len(1)", 5)]
    [InlineData("round(1.5, 1.5)", 12)]
    [InlineData("contains(1, 2)", 10)]
    [InlineData("startsWith(s, 1)", 15)]
    [InlineData("min(1, 'a')", 8)]
    [InlineData("pct_change(true, 1)", 12)]
    [InlineData("clamp(1, 2, names)", 13)]
    public void Check_WrongArgumentType_ReportsExp004AtArgument(string text, int column)
    {
        var error = Error(text);
        Assert.Equal("EXP004", error.Code);
        Assert.Equal(column, error.Column);
        Assert.StartsWith("function '", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ContainsListWithWrongItemType_ReportsExp004()
    {
        var error = Error("contains(names, 1)");
        Assert.Equal("EXP004", error.Code);
        Assert.Contains("cannot look for int in list(string)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqrt(4)", null)]
    [InlineData("lowr(s)", "lower")]
    [InlineData("Abs(k)", "abs")]
    [InlineData("k(1)", null)]
    public void Check_UnknownFunction_ReportsExp005WithSuggestion(string text, string? suggestion)
    {
        var error = Error(text);
        Assert.Equal("EXP005", error.Code);
        Assert.Equal(1, error.Column);
        Assert.Contains("the functions are: abs, ceil, clamp", error.Message, StringComparison.Ordinal);
        if (suggestion is not null) Assert.Contains($"did you mean '{suggestion}'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FunctionNameUsedAsValue_SaysToCallIt()
    {
        var error = Error("abs + 1");
        Assert.Equal("EXP002", error.Code);
        Assert.Contains("'abs' is a function, call it as abs(...)", error.Message, StringComparison.Ordinal);
    }
}
