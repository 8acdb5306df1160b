using Priorities.Engine.Diagnostics;
using Priorities.Engine.Expressions;
using Priorities.Engine.Expressions.Semantics;
using Priorities.Engine.Facts;

namespace Priorities.Engine.Tests.Expressions;

/// <summary>
/// The scope most expression tests use: two <c>Trend</c> facts (<c>t</c>, <c>u</c>), declared with
/// <see cref="FactType.Define"/>, and value bindings <c>n</c> (number 2.5), <c>k</c> (int 7), <c>s</c> (string
/// 'Oxford'), <c>b</c> (bool true) and <c>names</c> (list of strings).
/// </summary>
internal static class ExpressionFixture
{
    public static readonly FactType Trend = FactType.Define("Trend", new Dictionary<string, FieldType>
    {
        ["category"] = FieldType.String,
        ["count"] = FieldType.Integer,
        ["previous"] = FieldType.Integer,
        ["change_pct"] = FieldType.Number,
        ["tags"] = FieldType.StringList,
        ["rates"] = FieldType.NumberList,
        ["active"] = FieldType.Boolean,
    });

    public static readonly string[] Order = ["t", "u", "n", "k", "s", "b", "names"];

    public static ExpressionScope Scope { get; } = new(
    [
        ScopeBinding.Fact("t", Trend),
        ScopeBinding.Fact("u", Trend),
        ScopeBinding.Value("n", ExprType.Number),
        ScopeBinding.Value("k", ExprType.Integer),
        ScopeBinding.Value("s", ExprType.String),
        ScopeBinding.Value("b", ExprType.Boolean),
        ScopeBinding.Value("names", ExprType.StringList),
    ]);

    public static FactRecord T { get; } = Trend.Create(new Dictionary<string, object?>
    {
        ["category"] = "burglary",
        ["count"] = 60,
        ["previous"] = 50,
        ["change_pct"] = 20.0,
        ["tags"] = new[] { "acquisitive", "rising" },
        ["rates"] = new[] { 1.5, 2.5 },
        ["active"] = true,
    });

    public static FactRecord U { get; } = Trend.Create(new Dictionary<string, object?> { ["category"] = "robbery", ["count"] = 10 });

    public static object?[] Values => [T, U, 2.5, 7L, "Oxford", true, new[] { "x", "y" }];

    /// <summary>Checks an expression that must be valid.</summary>
    public static CheckedExpression Checked(string text, ExpressionScope? scope = null)
    {
        var diagnostics = new List<Diagnostic>();
        var result = ExpressionLanguage.Check(text, scope ?? Scope, diagnostics);
        Assert.True(result is not null, "Unexpected diagnostics: " + string.Join(" | ", diagnostics.Select(d => $"{d.Code} {d.Line}:{d.Column} {d.Message}")));
        Assert.Empty(diagnostics);
        return result!;
    }

    /// <summary>Checks an expression that must be invalid and returns its diagnostics.</summary>
    public static List<Diagnostic> Errors(string text, ExpressionScope? scope = null)
    {
        var diagnostics = new List<Diagnostic>();
        var result = ExpressionLanguage.Check(text, scope ?? Scope, diagnostics);
        Assert.Null(result);
        Assert.NotEmpty(diagnostics);
        return diagnostics;
    }

    /// <summary>The single diagnostic of an invalid expression.</summary>
    public static Diagnostic Error(string text) => Assert.Single(Errors(text));

    /// <summary>Checks, compiles and runs an expression over <see cref="Values"/>.</summary>
    public static object? Evaluate(string text) => Checked(text).CompileBoxed(Order)(Values);
}
