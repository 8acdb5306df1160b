using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Priorities.Engine.Diagnostics;
using Priorities.Engine.Expressions;

namespace Priorities.Engine.Tests.Expressions;

public sealed class ExpressionErrorsTests
{
    [Property(MaxTest = 300)]
    public Property OffsetOf_LineAndColumnOfAnyOffset_Meets_Specification()
    {
        var texts = Gen.Elements('a', ' ', '\n', '\r').ArrayOf().Select(cs => new string(cs));
        var cases = texts.SelectMany(t => Gen.Choose(0, t.Length).Select(o => (Text: t, Offset: o)));
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (line, column) = ExpressionErrors.LineAndColumn(c.Text, c.Offset);
            var back = ExpressionErrors.OffsetOf(c.Text, line, column);
            var crlfMiddle = c.Offset > 0 && c.Offset < c.Text.Length && c.Text[c.Offset - 1] == '\r' && c.Text[c.Offset] == '\n';
            return back == c.Offset || crlfMiddle;
        });
    }

    [Fact]
    public void Report_SecondLine_PlacesErrorAtLineAndColumnWithoutFile()
    {
        var found = new List<Diagnostic>();
        new ExpressionErrors("a\r\n  b", found).Report(EngineCodes.UnknownName, "unknown name 'b'", 5);
        var error = Assert.Single(found);
        Assert.Equal((string.Empty, 2, 3, DiagnosticSeverity.Error), (error.File, error.Line, error.Column, error.Severity));
    }
}
