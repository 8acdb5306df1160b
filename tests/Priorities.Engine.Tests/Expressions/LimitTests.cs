using Priorities.Engine.Diagnostics;
using Priorities.Engine.Expressions;
using Priorities.Engine.Expressions.Semantics;
using Priorities.Engine.Expressions.Syntax;
using static Priorities.Engine.Tests.Expressions.ExpressionFixture;

namespace Priorities.Engine.Tests.Expressions;

public sealed class LimitTests
{
    [Fact]
    public void Check_TenThousandDeepParentheses_ReportsExp009WithoutException()
    {
        var error = Error(new string('(', 10_000) + "1" + new string(')', 10_000));
        Assert.Equal("EXP009", error.Code);
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("abs(", ")")]
    [InlineData("-", "")]
    [InlineData("!", "")]
    [InlineData("not ", "")]
    [InlineData("b ? ", " : 1")]
    public void Check_NestingJustBeyondLimit_ReportsExp009(string open, string close)
    {
        var depth = ExpressionLimits.MaxDepth + 1;
        var core = open is "!" or "not " ? "true" : "1";
        var text = string.Concat(Enumerable.Repeat(open, depth)) + core + string.Concat(Enumerable.Repeat(close, depth));
        var error = Error(text);
        Assert.Equal("EXP009", error.Code);
        Assert.Contains("nested too deeply", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(", ")", "1")]
    [InlineData("-", "", "1")]
    [InlineData("!", "", "true")]
    [InlineData("b ? ", " : 1", "1")]
    public void Check_NestingAtLimit_IsAccepted(string open, string close, string core)
    {
        var depth = ExpressionLimits.MaxDepth;
        var text = string.Concat(Enumerable.Repeat(open, depth)) + core + string.Concat(Enumerable.Repeat(close, depth));
        Assert.NotNull(Checked(text).CompileBoxed(Order)(Values));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(1_999)]
    public void Check_DeepNestingWithinLengthLimit_ReportsExp009AtFirstExcess(int depth)
    {
        var error = Error(new string('(', depth) + "k" + new string(')', depth));
        Assert.Equal(("EXP009", 1, ExpressionLimits.MaxDepth + 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Check_LongFlatChainAtLengthLimit_ChecksAndEvaluates()
    {
        var text = "1" + string.Concat(Enumerable.Repeat("+1", (ExpressionLimits.MaxLength - 1) / 2));
        Assert.True(text.Length <= ExpressionLimits.MaxLength);
        Assert.Equal(2000L, Evaluate(text));
    }

    [Fact]
    public void Check_LongConjunctionAtLengthLimit_SplitsIntoConjuncts()
    {
        var text = string.Join(" and ", Enumerable.Repeat("b", 666));
        Assert.Equal(666, Checked(text).SplitConjuncts().Count);
    }

    [Theory]
    [InlineData(4_001)]
    [InlineData(1_000_000)]
    public void Check_TooLong_ReportsExp009AtLimit(int length)
    {
        var error = Error(new string('1', length));
        Assert.Equal(("EXP009", 1, ExpressionLimits.MaxLength + 1), (error.Code, error.Line, error.Column));
        Assert.Contains("too long", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BracketsInsideStrings_DoNotCountAsNesting()
    {
        var text = "'" + new string('(', 500) + "\\'" + new string('[', 500) + "' == s";
        Assert.False((bool)Evaluate(text)!);
    }

    [Fact]
    public void Check_ConcurrentCallers_GetTheSameResults()
    {
        string[] texts = ["t.count > 1 and s < 'z'", "abs(-k) + min(1, n)", "t.cout", "(1 +", "k in [1, 2, 3, 4, 5, 6]", "'a\\qb'", "b ? 'x' : 'y'"];
        string Describe(string text)
        {
            var diagnostics = new List<Diagnostic>();
            var result = ExpressionLanguage.Check(text, Scope, diagnostics);
            return result is null ? string.Join("|", diagnostics) : Show(result.CompileBoxed(Order)(Values));
        }
        var expected = texts.Select(Describe).ToArray();
        var actual = Enumerable.Range(0, 400).AsParallel().WithDegreeOfParallelism(8).Select(i => (i, Describe(texts[i % texts.Length]))).ToArray();
        Assert.All(actual, pair => Assert.Equal(expected[pair.i % texts.Length], pair.Item2));
    }

    private static string Show(object? value) => value switch
    {
        IEnumerable<object> list => string.Join(",", list),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
    };
}
