using System.Linq.Expressions;
using Priorities.Engine.Diagnostics;
using Priorities.Engine.Expressions.Syntax;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>A call being checked: its syntax, its checked arguments and helpers to verify their types.</summary>
internal sealed class FunctionCall(CallSyntax syntax, IReadOnlyList<BoundExpression> arguments, ExpressionErrors diagnostics)
{
    public string Name => syntax.Name.Text;

    public IReadOnlyList<BoundExpression> Arguments => arguments;

    /// <summary>Whether every argument is numeric; reports each one that is not.</summary>
    public bool RequireNumeric() => Enumerable.Range(0, arguments.Count).Select(i => Require(i, "a number", t => t.IsNumeric)).ToArray().All(ok => ok);

    /// <summary>Whether argument <paramref name="index"/> has <paramref name="kind"/>; reports it when not.</summary>
    public bool Require(int index, ExprKind kind) => Require(index, Describe(kind), t => t.Kind == kind);

    /// <summary>Whether argument <paramref name="index"/> satisfies <paramref name="accept"/>; reports it when not.</summary>
    public bool Require(int index, string expected, Func<ExprType, bool> accept)
    {
        var argument = arguments[index];
        if (accept(argument.Type)) return true;
        var message = $"function '{Name}' expects argument {index + 1} to be {expected}, but it is {argument.Type}";
        diagnostics.Report(EngineCodes.TypeMismatch, message, argument.Offset);
        return false;
    }

    /// <summary>Reports a type error on the whole call.</summary>
    public BoundExpression? Fail(string message)
    {
        diagnostics.Report(EngineCodes.TypeMismatch, $"function '{Name}' {message}", syntax.Offset);
        return null;
    }

    /// <summary>The checked call with the (promoted) arguments and the code builder.</summary>
    public BoundCall Result(ExprType type, IReadOnlyList<BoundExpression> promoted, Func<Expression[], Expression> emit) =>
        new(syntax.Offset, syntax.Length, type, Name, promoted, emit);

    /// <summary>The offset and length of the whole call.</summary>
    public (int Offset, int Length) Span => (syntax.Offset, syntax.Length);

    private static string Describe(ExprKind kind) => kind switch
    {
        ExprKind.Boolean => "a bool",
        ExprKind.Integer => "an int",
        ExprKind.Number => "a number",
        ExprKind.String => "a string",
        _ => "a list",
    };
}
