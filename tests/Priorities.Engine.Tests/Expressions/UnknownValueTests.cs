using Priorities.Engine.Diagnostics;
using Priorities.Engine.Expressions;
using Priorities.Engine.Expressions.Semantics;
using Priorities.Engine.Facts;

namespace Priorities.Engine.Tests.Expressions;

/// <summary>
/// Typed nullability: <c>m.pct</c> (number), <c>m.level</c> (int) and <c>m.note</c> (string) may be unknown; a read
/// is an error (EXP010) unless <c>has</c> proves the value known there.
/// </summary>
public sealed class UnknownValueTests
{
    private static readonly FactType Measure = FactType.Define("Measure",
        [new("area", FieldType.String), new("count", FieldType.Integer), new("pct", FieldType.Number),
         new("level", FieldType.Integer), new("note", FieldType.String)],
        nullable: ["pct", "level", "note"]);

    private static readonly ExpressionScope Scope = new([ScopeBinding.Fact("m", Measure), ScopeBinding.Fact("o", Measure)]);

    private static readonly FactRecord Known = Measure.Create(new Dictionary<string, object?>
    {
        ["area"] = "Oxford", ["count"] = 12, ["pct"] = 25.5, ["level"] = 3, ["note"] = "ok",
    });

    private static readonly FactRecord Unknown = Measure.Create(new Dictionary<string, object?> { ["area"] = "Oxford", ["count"] = 0, ["pct"] = null });

    [Theory]
    [InlineData("m.pct > 10", 1, 1)]
    [InlineData("m.count + m.pct > 10", 1, 11)]
    [InlineData("abs(m.pct) > 1", 1, 5)]
    [InlineData("m.note in ['a', 'b']", 1, 1)]
    [InlineData("has(m.pct) or m.pct > 10", 1, 15)]
    [InlineData("not has(m.pct) and m.pct > 10", 1, 20)]
    [InlineData("m.pct > 10 and has(m.pct)", 1, 1)]
    [InlineData("has(m.pct) ? 0 : m.pct", 1, 18)]
    [InlineData("has(o.pct) and m.pct > 10", 1, 16)]
    [InlineData("(has(m.pct) or has(m.level)) and m.pct > 1", 1, 34)]
    [InlineData("not (has(m.pct) or has(m.level)) or m.level > 1", 1, 37)]
    [InlineData("has(m.note) or has(m.level) ? m.level : 0", 1, 31)]
    public void Check_UnguardedRead_ReportsExp010AtTheRead(string text, int line, int column)
    {
        var error = Assert.Single(Errors(text));

        Assert.Equal(EngineCodes.MaybeUnknown, error.Code);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Check_UnguardedRead_MessageShowsTheGuardAndTheDefault()
    {
        var error = Assert.Single(Errors("m.pct >= 10"));

        Assert.Equal(
            "m.pct may be unknown; guard it with has(m.pct), e.g. `has(m.pct) and m.pct > 10`, or give a default: `has(m.pct) ? m.pct : 0`",
            error.Message);
    }

    [Theory]
    [InlineData("has(m.pct) and m.pct > 10")]
    [InlineData("has(m.pct) && m.count + m.pct > 10")]
    [InlineData("not has(m.pct) or m.pct > 10")]
    [InlineData("!has(m.pct) || m.pct > 10")]
    [InlineData("(has(m.pct) ? m.pct : 0) > 10")]
    [InlineData("not has(m.pct) ? false : m.pct > 10")]
    [InlineData("has(m.pct) and has(m.level) and m.pct > m.level")]
    [InlineData("(has(m.pct) and has(m.level)) and m.pct > m.level")]
    [InlineData("not (not has(m.pct) or not has(m.note)) and m.note == 'x' and m.pct > 1")]
    [InlineData("(has(m.pct) and m.count > 1 or has(m.pct) and m.count < 0) and m.pct > 1")]
    [InlineData("(has(m.pct) ? true : has(m.pct)) and m.pct > 1")]
    [InlineData("has(m.note) and startsWith(m.note, 'o')")]
    [InlineData("has(m.count) and m.count > 1")]
    public void Check_GuardedRead_IsValid(string text)
    {
        var checkedExpression = ExpressionFixture.Checked(text, Scope);

        Assert.Equal(ExprType.Boolean, checkedExpression.Type);
    }

    [Fact]
    public void Check_ProvenInScope_ReadIsValid()
    {
        var scope = new ExpressionScope(Scope.Bindings, ["m.pct"]);

        Assert.Equal(ExprType.Number, ExpressionFixture.Checked("m.pct * 2", scope).Type);
        Assert.Equal(EngineCodes.MaybeUnknown, Assert.Single(Errors("m.level * 2", scope)).Code);
    }

    [Theory]
    [InlineData("has(1)", "EXP011", "has(...) tests a field of a fact, written binding.field, e.g. has(t.changePct); '1' is not one")]
    [InlineData("has(m)", "EXP011", "'m' is not one")]
    [InlineData("has(m.pct + 1)", "EXP011", "'m.pct + 1' is not one")]
    [InlineData("has()", "EXP006", "function 'has' takes 1 argument but was given 0")]
    [InlineData("has(m.pct, m.level)", "EXP006", "but was given 2")]
    [InlineData("has(m.pcts)", "EXP003", "did you mean 'pct'?")]
    [InlineData("has(x.pct)", "EXP002", "unknown name 'x'")]
    public void Check_BadHas_ReportsAClearError(string text, string code, string message)
    {
        var error = Assert.Single(Errors(text));

        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("has(m.pct)", true, false)]
    [InlineData("has(m.note)", true, false)]
    [InlineData("has(m.count)", true, true)]
    [InlineData("has(m.pct) ? m.pct : -1", 25.5, -1.0)]
    [InlineData("has(m.level) ? m.level : 0", 3L, 0L)]
    [InlineData("not has(m.pct) or m.pct > 100", false, true)]
    public void Evaluate_KnownAndUnknown_GivesTheGuardedValue(string text, object known, object unknown)
    {
        var compiled = ExpressionFixture.Checked(text, Scope).CompileBoxed(["m", "o"]);

        Assert.Equal(known, compiled([Known, Known]));
        Assert.Equal(unknown, compiled([Unknown, Known]));
    }

    [Fact]
    public void Evaluate_ReadProvenElsewhere_UnknownReadsAsTheEmptyValueAndNeverThrows()
    {
        var scope = new ExpressionScope(Scope.Bindings, ["m.pct", "m.note", "m.level"]);
        var empty = ExpressionFixture.Checked("m.note == '' and m.pct == 0 and m.level == 0", scope).CompileBoxed(["m"]);
        var read = ExpressionFixture.Checked("m.pct + m.level", scope).CompileBoxed(["m"]);

        Assert.Equal(true, empty([Unknown]));
        Assert.Equal(0.0, read([Unknown]));
        Assert.Equal(28.5, read([Known]));
    }

    private static List<Diagnostic> Errors(string text, ExpressionScope? scope = null) => ExpressionFixture.Errors(text, scope ?? Scope);
}
