using Priorities.Engine.Diagnostics;
using Priorities.Engine.Expressions.Syntax;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>
/// The entry point of the expression language: a small, typed and safe language in the spirit of Google's CEL.
/// An expression is checked against the limits of <see cref="ExpressionLimits"/>, parsed with the Parlot grammar of
/// <see cref="ExpressionGrammar"/>, and type-checked against an <see cref="ExpressionScope"/>.
/// </summary>
internal static class ExpressionLanguage
{
    /// <summary>
    /// Parses and type-checks <paramref name="text"/>. Returns null and adds diagnostics, ordered by position, to
    /// <paramref name="diagnostics"/> on any error. Never throws for any text. With <paramref name="mayBeUnknown"/>
    /// the whole expression may be a bare read of a nullable field whose value may be unknown.
    /// </summary>
    public static CheckedExpression? Check(string text, ExpressionScope scope, List<Diagnostic> diagnostics, bool mayBeUnknown = false)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(diagnostics);
        text ??= string.Empty;
        var first = diagnostics.Count;
        var bag = new ExpressionErrors(text, diagnostics);
        var result = CheckCore(text, scope, bag, mayBeUnknown);
        if (!bag.HasErrors) return result;
        var added = diagnostics.GetRange(first, diagnostics.Count - first).OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
        diagnostics.RemoveRange(first, added.Count);
        diagnostics.AddRange(added);
        return null;
    }

    /// <summary>
    /// The nullable fields (<c>binding.field</c>) that the condition <paramref name="text"/> proves known when it
    /// holds; empty when the text does not parse.
    /// </summary>
    public static IReadOnlySet<string> ProvenWhenTrue(string? text)
    {
        text ??= string.Empty;
        var bag = new ExpressionErrors(text, []);
        if (!ExpressionLimits.Check(text, bag)) return new HashSet<string>();
        return ExpressionParser.Parse(text, bag) is { } syntax ? PresenceProofs.WhenTrue(syntax) : new HashSet<string>();
    }

    private static CheckedExpression? CheckCore(string text, ExpressionScope scope, ExpressionErrors bag, bool mayBeUnknown)
    {
        if (!ExpressionLimits.Check(text, bag)) return null;
        var syntax = ExpressionParser.Parse(text, bag);
        if (syntax is null) return null;
        var bound = new Binder(scope, bag).BindRoot(syntax, mayBeUnknown);
        return bound is null ? null : new CheckedExpression(text, bound);
    }
}
