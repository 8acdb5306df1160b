using Priorities.Diffs;

namespace Priorities.Rules.Tests.Diffs;

public sealed class ExpressionTextTests
{
    [Theory]
    [InlineData("t.count >= 50", "t.count>=50")]
    [InlineData("a  and\n  b", "a and b")]
    [InlineData("x == 'a  b'", "x=='a  b'")]
    [InlineData("f( x , y )", "f(x,y)")]
    [InlineData("  not t.small  ", "not t.small")]
    public void Canonical_Layout_IsLeftOut(string text, string expected)
    {
        Assert.Equal(expected, ExpressionText.Canonical(text));
    }

    [Fact]
    public void Canonical_WordsApart_StayApart()
    {
        Assert.NotEqual(ExpressionText.Canonical("a and b"), ExpressionText.Canonical("aand b"));
    }

    [Fact]
    public void Sentence_FoldedOverLines_IsOneLine()
    {
        Assert.Equal("{a} rose {b}%", ExpressionText.Sentence("  {a} rose\n   {b}%\n"));
    }
}
