using Priorities.Engine.Diagnostics;
using Priorities.Engine.Expressions;
using Priorities.Engine.Expressions.Semantics;
using static Priorities.Engine.Tests.Expressions.ExpressionFixture;

namespace Priorities.Engine.Tests.Expressions;

public sealed class CheckedExpressionTests
{
    [Fact]
    public void SplitConjuncts_NestedAnds_FlattenedInSourceOrder()
    {
        const string Text = "t.count > 1 and (t.category == 'a' and k > 2) && b";
        var conjuncts = Checked(Text).SplitConjuncts();
        Assert.Equal(new[] { "t.count > 1", "t.category == 'a'", "k > 2", "b" }, conjuncts.Select(c => c.Text));
        Assert.All(conjuncts, c => Assert.Equal(c.Text, Text.Substring(c.Offset, c.Text.Length)));
        Assert.Equal(new[] { "t", "t", "k", "b" }, conjuncts.Select(c => string.Join(",", c.Bindings)));
    }

    [Theory]
    [InlineData("t.count > 1 or b")]
    [InlineData("not (b and b)")]
    [InlineData("b ? b and b : b")]
    [InlineData("k + 1")]
    public void SplitConjuncts_NoTopLevelAnd_ReturnsItself(string text)
    {
        var result = Checked(text);
        Assert.Same(result, Assert.Single(result.SplitConjuncts()));
    }

    [Fact]
    public void TryGetEquality_RootEquality_ReturnsSides()
    {
        Assert.True(Checked("t.category == u.category").TryGetEquality(out var left, out var right));
        Assert.Equal(("t.category", "u.category"), (left.Text, right.Text));
        Assert.Equal(new[] { "t" }, left.Bindings);
        Assert.Equal(new[] { "u" }, right.Bindings);
        Assert.Equal(ExprType.String, left.Type);
    }

    [Fact]
    public void TryGetEquality_IntAgainstNumber_PromotesBothSides()
    {
        Assert.True(Checked("t.count == n").TryGetEquality(out var left, out var right));
        Assert.Equal((ExprType.Number, ExprType.Number), (left.Type, right.Type));
        Assert.Equal(60.0, left.CompileBoxed(Order)(Values));
    }

    [Fact]
    public void TryGetEquality_ConstantSide_EvaluatesConstant()
    {
        Assert.True(Checked("'burglary' == t.category").TryGetEquality(out var left, out var right));
        Assert.True(left.IsConstant);
        Assert.False(right.IsConstant);
        Assert.Equal("burglary", left.EvaluateConstant());
    }

    [Theory]
    [InlineData("t.count > 3")]
    [InlineData("t.count == 3 and b")]
    [InlineData("t.count != 3")]
    [InlineData("k in [1]")]
    [InlineData("b")]
    public void TryGetEquality_RootIsNotEquality_ReturnsFalse(string text) =>
        Assert.False(Checked(text).TryGetEquality(out _, out _));

    [Theory]
    [InlineData("k < 3", "<")]
    [InlineData("k <= 3", "<=")]
    [InlineData("k > 3", ">")]
    [InlineData("k >= 3", ">=")]
    [InlineData("k == 3", "==")]
    [InlineData("k != 3", "!=")]
    [InlineData("(s < 'z')", "<")]
    [InlineData("b == (k > 1)", "==")]
    public void TryGetComparison_RootComparison_ReturnsOperatorAndSides(string text, string op)
    {
        Assert.True(Checked(text).TryGetComparison(out var actual, out var left, out var right));
        Assert.Equal(op, actual);
        Assert.Equal(left.Type, right.Type);
    }

    [Theory]
    [InlineData("k + 3")]
    [InlineData("1 in [1]")]
    [InlineData("k < 3 and b")]
    [InlineData("not (k < 3)")]
    public void TryGetComparison_RootIsNotComparison_ReturnsFalse(string text) =>
        Assert.False(Checked(text).TryGetComparison(out _, out _, out _));

    [Theory]
    [InlineData("t.count > u.count and k > 1", "k,t,u")]
    [InlineData("len(names) + abs(k)", "k,names")]
    [InlineData("b ? s : t.category", "b,s,t")]
    [InlineData("1 + 2", "")]
    [InlineData("'x' in ['x']", "")]
    public void Bindings_ReferencedNames_Collected(string text, string expected)
    {
        var result = Checked(text);
        Assert.Equal(expected, string.Join(",", result.Bindings.Order(StringComparer.Ordinal)));
        Assert.Equal(expected.Length == 0, result.IsConstant);
    }

    [Theory]
    [InlineData("1 + 2", 3L)]
    [InlineData("'a' + 'b'", "ab")]
    [InlineData("-5", -5L)]
    [InlineData("2.5 * 2", 5.0)]
    [InlineData("true and not false", true)]
    [InlineData("pct_change(50, 75)", 50.0)]
    public void EvaluateConstant_ConstantExpression_ReturnsValue(string text, object expected) =>
        Assert.Equal(expected, Checked(text).EvaluateConstant());

    [Fact]
    public void EvaluateConstant_ListLiteral_ReturnsList() =>
        Assert.Equal(new[] { 1L, 2L }, Assert.IsAssignableFrom<IReadOnlyList<long>>(Checked("[1, 2]").EvaluateConstant()));

    [Fact]
    public void EvaluateConstant_ReferencesBinding_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Checked("k + 1").EvaluateConstant());

    [Fact]
    public void CompileBoxed_BindingMissingFromOrder_Throws() =>
        Assert.Throws<ArgumentException>(() => Checked("k + n").CompileBoxed(["k"]));

    [Fact]
    public void CompileBoxed_AnyOrderOfBindings_ReadsByName()
    {
        var compiled = Checked("k * 10 + len(s)").CompileBoxed(["s", "unused", "k"]);
        Assert.Equal(22L, compiled(["ab", null, 2L]));
    }

    [Fact]
    public void Check_AppendsToExistingDiagnostics_KeepsEarlierOnes()
    {
        var earlier = Diagnostic.Error("X", SourceLocation.None, "earlier");
        var diagnostics = new List<Diagnostic> { earlier };
        Assert.Null(ExpressionLanguage.Check("z + y", Scope, diagnostics));
        Assert.Equal(new[] { "X", "EXP002", "EXP002" }, diagnostics.Select(d => d.Code));
        Assert.Same(earlier, diagnostics[0]);
    }
}
