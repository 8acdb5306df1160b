
using static Priorities.Engine.Tests.Expressions.ExpressionFixture;

namespace Priorities.Engine.Tests.Expressions;

public sealed class TypeErrorTests
{
    [Theory]
    [InlineData("t.category > 3", "operator '>' cannot compare string and int", 1, 12)]
    [InlineData("k == 'a'", "operator '==' cannot compare int and string", 1, 3)]
    [InlineData("true < false", "operator '<' cannot compare bool and bool", 1, 6)]
    [InlineData("t.tags == names", "operator '==' cannot compare list(string) and list(string)", 1, 8)]
    [InlineData("1 + true", "operator '+' cannot be applied to int and bool", 1, 3)]
    [InlineData("s - 1", "operator '-' cannot be applied to string and int", 1, 3)]
    [InlineData("s * 2", "operator '*' cannot be applied to string and int", 1, 3)]
    [InlineData("s + 1", "'+' adds numbers or joins two strings", 1, 3)]
    [InlineData("k and b", "operator 'and' needs bool operands, but got int and bool", 1, 3)]
    [InlineData("b || 'x'", "operator '||' needs bool operands, but got bool and string", 1, 3)]
    [InlineData("not 5", "operator 'not' needs a bool, but got int", 1, 1)]
    [InlineData("-'a'", "operator '-' needs a number, but got string", 1, 1)]
    [InlineData("k ? 1 : 2", "the condition before '?' must be a bool, but it is int", 1, 1)]
    [InlineData("b ? 1 : 'a'", "the two branches of '?:' must have the same type, but they are int and string", 1, 3)]
    [InlineData("[1, 'a']", "the items of a list must have the same type, but this one is string and an earlier one is int", 1, 5)]
    [InlineData("[[1]]", "a list cannot contain lists", 1, 2)]
    [InlineData("1 in 2", "operator 'in' needs a list to look in, but got int", 1, 3)]
    [InlineData("'a' in t.rates", "operator 'in' cannot look for string in list(number)", 1, 5)]
    [InlineData("names in [1]", "cannot look for a list(string) in a list", 1, 7)]
    [InlineData("t", "'t' is a fact of type Trend, not a value; read one of its fields, e.g. t.category", 1, 1)]
    public void Check_TypeMismatch_ReportsExp004AtOperator(string text, string message, int line, int column)
    {
        var error = Error(text);
        Assert.Equal("EXP004", error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Check_SeveralTypeErrors_AllReportedInOrderWithExactPositions()
    {
        var errors = Errors("t.count > 'x'\nand\n  lower(5) == 'a'\n  and (s < 2 or k + true > 1)");
        Assert.All(errors, e => Assert.Equal("EXP004", e.Code));
        Assert.Equal(new[] { (1, 9), (3, 9), (4, 10), (4, 19) }, errors.Select(e => (e.Line, e.Column)));
    }

    [Fact]
    public void Check_SeveralUnknownNames_AllReported()
    {
        var errors = Errors("x + y > z");
        Assert.Equal(new[] { "EXP002", "EXP002", "EXP002" }, errors.Select(e => e.Code));
        Assert.Equal(new[] { 1, 5, 9 }, errors.Select(e => e.Column));
    }

    [Fact]
    public void Check_UnknownField_ListsValidFieldsWithSuggestion()
    {
        var error = Error("t.count > 1 and t.cout > 3");
        Assert.Equal("EXP003", error.Code);
        Assert.Equal((1, 19), (error.Line, error.Column));
        Assert.Equal("'t' (a Trend fact) has no field 'cout' (did you mean 'count'?); its fields are: category, count, previous, change_pct, tags, rates, active", error.Message);
    }

    [Fact]
    public void Check_UnknownFieldFarFromAnyName_HasNoSuggestion()
    {
        var error = Error("t.zzzzzzzz");
        Assert.DoesNotContain("did you mean", error.Message, StringComparison.Ordinal);
        Assert.Contains("its fields are: category", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("k.x", "'k' is an int value, not a fact, so it has no field 'x'")]
    [InlineData("t.count.x", "a value of type int has no field 'x'; only facts have fields")]
    [InlineData("'x'.length", "a value of type string has no field 'length'")]
    public void Check_FieldOfNonFact_ReportsExp003(string text, string message)
    {
        var error = Error(text);
        Assert.Equal("EXP003", error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownName_SuggestsAndListsScope()
    {
        var error = Error("tt.count > 1");
        Assert.Equal("EXP002", error.Code);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal("unknown name 'tt' (did you mean 't'?); the names in scope are: t, u, n, k, s, b, names", error.Message);
    }

    [Fact]
    public void Check_ErrorsInEveryOperand_NoCascadeOnParent()
    {
        var errors = Errors("(k > 'a') or (s < 2) or (b + 1)");
        Assert.Equal(new[] { 4, 17, 28 }, errors.Select(e => e.Column));
    }
}
