using Parlot.Fluent;
using static Parlot.Fluent.Parsers;

namespace Priorities.Engine.Expressions.Syntax;

/// <summary>
/// The Parlot grammar of the expression language, from the loosest level to the tightest:
/// <code>
/// expression     = or ('?' expression ':' expression)?
/// or             = and (('or' | '||') and)*
/// and            = not (('and' | '&amp;&amp;') not)*
/// not            = ('not' | '!') not | comparison
/// comparison     = membership (('==' | '!=' | '&lt;=' | '>=' | '&lt;' | '>') membership)*
/// membership     = additive ('in' additive)*
/// additive       = multiplicative (('+' | '-') multiplicative)*
/// multiplicative = negation (('*' | '/') negation)*
/// negation       = '-' negation | postfix
/// postfix        = primary ('.' identifier arguments?)*
/// primary        = number | string | 'true' | 'false' | '[' items? ']' | '(' expression ')' | identifier arguments?
/// arguments      = '(' items? ')'        items = expression (',' expression)*
/// </code>
/// The parsers are immutable and shared by all threads.
/// </summary>
internal static class ExpressionGrammar
{
    private const string IdentifierPart = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal) { "and", "or", "not", "in", "true", "false" };

    /// <summary>A whole expression followed by the end of the text.</summary>
    public static Parser<SyntaxNode> Root { get; } = Build();

    private static Parser<SyntaxNode> Build()
    {
        var expression = Deferred<SyntaxNode>();
        var negation = Prefix(Symbol("-"), Postfix(Primary(expression), expression));
        var multiplicative = Binary(negation, Symbol("*"), Symbol("/"));
        var additive = Binary(multiplicative, Symbol("+"), Symbol("-"));
        var membership = Binary(additive, Word("in"));
        var comparison = Binary(membership, Symbol("=="), Symbol("!="), Symbol("<="), Symbol(">="), Symbol("<"), Symbol(">"));
        var not = Prefix(OneOf(Word("not"), Symbol("!").WhenNotFollowedBy(Literals.Char('='))), comparison);
        var and = Binary(not, Word("and"), Symbol("&&"));
        var or = Binary(and, Word("or"), Symbol("||"));
        expression.Parser = Conditional(or, expression);
        return expression.AndSkip(new EndOfInputParser());
    }

    private static Parser<SyntaxNode> Conditional(Parser<SyntaxNode> condition, Parser<SyntaxNode> expression)
    {
        var branches = Symbol("?").And(expression).AndSkip(Terms.Char(':').ElseError("expected ':' and the value when false")).And(expression);
        return condition.And(ZeroOrOne(branches)).Then(x => x.Item2.Count == 0
            ? x.Item1
            : (SyntaxNode)new ConditionalSyntax(x.Item1, x.Item2[0].Item1, x.Item2[0].Item2, x.Item2[0].Item3));
    }

    private static Parser<SyntaxNode> Binary(Parser<SyntaxNode> operand, params Parser<Token>[] operators) =>
        Parsers.LeftAssociative(operand, operators, (left, right, op) => (SyntaxNode)new BinarySyntax(op, left, right));

    private static Deferred<SyntaxNode> Prefix(Parser<Token> op, Parser<SyntaxNode> operand)
    {
        var self = Deferred<SyntaxNode>();
        self.Parser = OneOf(op.And(self).Then(x => (SyntaxNode)new UnarySyntax(x.Item1, x.Item2)), operand);
        return self;
    }

    private static Parser<SyntaxNode> Postfix(Parser<SyntaxNode> primary, Parser<SyntaxNode> expression)
    {
        var member = Terms.Char('.').SkipAnd(Identifier(allowKeywords: true).ElseError("expected a field name after '.'"))
            .And(ZeroOrOne(Arguments(expression, '(', ')')));
        return primary.And(ZeroOrMany(member)).Then(x => x.Item2.Aggregate(x.Item1, (target, m) => m.Item2.Count == 0
            ? new MemberSyntax(target, m.Item1)
            : new MethodCallSyntax(target, m.Item1, m.Item2[0])));
    }

    private static Parser<SyntaxNode> Primary(Parser<SyntaxNode> expression)
    {
        var parenthesized = Terms.Char('(').SkipAnd(expression).AndSkip(Terms.Char(')').ElseError("expected ')'"))
            .Then((context, start, end, node) => node with { Offset = start, Length = end - start });
        var list = Arguments(expression, '[', ']').Then((context, start, end, items) => (SyntaxNode)new ListSyntax(start, end - start, items.Items));
        var nameOrCall = Identifier(allowKeywords: false).And(ZeroOrOne(Arguments(expression, '(', ')')))
            .Then(x => x.Item2.Count == 0 ? (SyntaxNode)new NameSyntax(x.Item1) : new CallSyntax(x.Item1, x.Item2[0]));
        var boolean = OneOf(Word("true"), Word("false")).Then(t => (SyntaxNode)new BooleanSyntax(t.Offset, t.Length, t.Text == "true"));
        return OneOf(new NumberLiteralParser(), new StringLiteralParser(), boolean, list, parenthesized, nameOrCall)
            .ElseError("expected an expression");
    }

    private static Parser<ArgumentList> Arguments(Parser<SyntaxNode> expression, char open, char close)
    {
        var empty = Terms.Char(close).Then(_ => (IReadOnlyList<SyntaxNode>)[]);
        var items = Separated(Terms.Char(','), expression).AndSkip(Terms.Char(close).ElseError($"expected ',' or '{close}'"));
        return Terms.Char(open).SkipAnd(OneOf(empty, items)).Then((context, start, end, list) => new ArgumentList(list, end));
    }

    private static Parser<Token> Identifier(bool allowKeywords) =>
        Terms.Identifier(c => char.IsAsciiLetter(c) || c == '_', c => char.IsAsciiLetterOrDigit(c) || c == '_')
            .When((context, span) => allowKeywords || !Keywords.Contains(span.ToString()))
            .Then((context, start, end, span) => new Token(span.ToString(), start));

    private static Parser<Token> Symbol(string text) => Terms.Text(text).Then((context, start, end, _) => new Token(text, start));

    private static Parser<Token> Word(string text) => Terms.Keyword(text, IdentifierPart).Then((context, start, end, _) => new Token(text, start));
}
