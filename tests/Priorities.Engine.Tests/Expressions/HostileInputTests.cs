using Priorities.Engine.Diagnostics;
using Priorities.Engine.Expressions;
using Priorities.Engine.Expressions.Semantics;
using static Priorities.Engine.Tests.Expressions.ExpressionFixture;

namespace Priorities.Engine.Tests.Expressions;

public sealed class HostileInputTests
{
    [Theory]
    [InlineData("t.GetType()", 3)]
    [InlineData("s.GetType()", 3)]
    [InlineData("t.category.ToString()", 12)]
    [InlineData("t.GetType().Assembly.Location", 3)]
    [InlineData("k > 1 and names.Clear()", 17)]
    public void Check_MethodCall_ReportsExp007(string text, int column)
    {
        var errors = Errors(text);
        var error = Assert.Single(errors, e => e.Code == "EXP007");
        Assert.StartsWith("method calls are not allowed", error.Message, StringComparison.Ordinal);
        Assert.Equal(column, error.Column);
    }

    [Theory]
    [InlineData("System.IO.File.Delete('x')", "System")]
    [InlineData("Environment.Exit(1)", "Environment")]
    [InlineData("Process.Start('sh')", "Process")]
    [InlineData("System.Environment.MachineName", "System")]
    [InlineData("string.Empty == s", "string")]
    [InlineData("Math.PI > 3", "Math")]
    public void Check_StaticMemberOrTypeName_ReportsUnknownName(string text, string name)
    {
        var errors = Errors(text);
        var error = errors[0];
        Assert.Equal("EXP002", error.Code);
        Assert.StartsWith($"unknown name '{name}'", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("typeof(string)", "EXP005")]
    [InlineData("GetType()", "EXP005")]
    [InlineData("nameof(k)", "EXP005")]
    [InlineData("new object()", "EXP001")]
    [InlineData("x => x", "EXP001")]
    [InlineData("for (;;) {}", "EXP001")]
    [InlineData("k++", "EXP001")]
    [InlineData("k += 1", "EXP007")]
    [InlineData("k; k", "EXP001")]
    [InlineData("t[0]", "EXP001")]
    [InlineData("`k`", "EXP001")]
    [InlineData("@k", "EXP001")]
    [InlineData("\0", "EXP001")]
    [InlineData("\ud800", "EXP001")]
    [InlineData("k > 1 💥", "EXP001")]
    public void Check_ForeignConstruct_IsRejected(string text, string code) => Assert.Equal(code, Errors(text)[0].Code);

    [Theory]
    [InlineData("99999999999999999999")]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("1e309")]
    [InlineData("-1e400")]
    public void Check_LiteralOutOfRange_ReportsExp008(string text)
    {
        var error = Error(text);
        Assert.Equal("EXP008", error.Code);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Check_ThousandsOfDigits_ReportsExp008WithShortMessage()
    {
        var error = Error(new string('9', 3000));
        Assert.Equal("EXP008", error.Code);
        Assert.True(error.Message.Length < 200);
    }

    [Fact]
    public void Check_NullText_ReportsSyntaxError()
    {
        var diagnostics = new List<Diagnostic>();
        Assert.Null(ExpressionLanguage.Check(null!, Scope, diagnostics));
        Assert.Equal("EXP001", Assert.Single(diagnostics).Code);
    }
}
