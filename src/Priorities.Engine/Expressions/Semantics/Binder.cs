using System.Runtime.CompilerServices;
using Priorities.Engine.Diagnostics;
using Priorities.Engine.Expressions.Syntax;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>
/// Type-checks a syntax tree against a scope. Every child is checked even when a sibling fails, so that all the
/// errors of an expression are reported in one pass; a node whose operands failed reports nothing more.
/// </summary>
internal sealed class Binder
{
    private readonly ExpressionScope _scope;
    private readonly ExpressionErrors _diagnostics;
    private readonly OperatorBinder _operators;
    private readonly LiteralBinder _literals;
    private readonly MemberBinder _members;
    private HashSet<string> _proven;
    private bool _stackExhausted;

    public Binder(ExpressionScope scope, ExpressionErrors diagnostics)
    {
        _scope = scope;
        _proven = new HashSet<string>(scope.Proven, StringComparer.Ordinal);
        _diagnostics = diagnostics;
        _operators = new OperatorBinder(this, diagnostics);
        _literals = new LiteralBinder(this, diagnostics);
        _members = new MemberBinder(this, scope, diagnostics);
    }

    /// <summary>
    /// Checks a whole expression. With <paramref name="mayBeUnknown"/>, the expression may be a bare read of a
    /// nullable field that is not proven known (its value, unknown included, is copied into a nullable field).
    /// </summary>
    public BoundExpression? BindRoot(SyntaxNode node, bool mayBeUnknown) =>
        mayBeUnknown && node is MemberSyntax member ? _members.BindMember(member, mayBeUnknown: true) : Bind(node);

    /// <summary>Whether the nullable field <c>binding.field</c> is proven known where the node being checked is evaluated.</summary>
    public bool IsProven(string path) => _proven.Contains(path);

    /// <summary>Checks <paramref name="node"/> where the fields in <paramref name="proven"/> are also known.</summary>
    public BoundExpression? BindAssuming(SyntaxNode node, HashSet<string> proven)
    {
        var outer = _proven;
        _proven = new HashSet<string>(outer, StringComparer.Ordinal);
        _proven.UnionWith(proven);
        try
        {
            return Bind(node);
        }
        finally
        {
            _proven = outer;
        }
    }

    /// <summary>The checked node, or null when an error was reported.</summary>
    public BoundExpression? Bind(SyntaxNode node)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return StackExhausted(node);
        return node switch
        {
            NumberSyntax number => _literals.BindNumber(number, negate: false, number.Offset, number.Length),
            StringSyntax text => new BoundLiteral(text.Offset, text.Length, ExprType.String, text.Value),
            BooleanSyntax boolean => new BoundLiteral(boolean.Offset, boolean.Length, ExprType.Boolean, boolean.Value),
            ListSyntax list => _literals.BindList(list),
            NameSyntax name => BindName(name),
            MemberSyntax member => _members.BindMember(member),
            MethodCallSyntax method => _members.BindMethodCall(method),
            CallSyntax { Name.Text: PresenceProofs.Has } has => _members.BindHas(has),
            CallSyntax call => BindCall(call),
            UnarySyntax unary => _operators.BindUnary(unary),
            BinarySyntax binary => _operators.BindBinary(binary),
            ConditionalSyntax conditional => _operators.BindConditional(conditional),
            _ => throw new ArgumentException($"Unexpected syntax node {node.GetType().Name}.", nameof(node)),
        };
    }

    /// <summary>Reports EXP002 for a name the scope does not bind.</summary>
    public void ReportUnknownName(Token name)
    {
        var names = _scope.Bindings.Select(b => b.Name).ToList();
        var message = $"unknown name '{name.Text}'";
        if (FunctionCatalog.TryGet(name.Text, out _)) message += $"; '{name.Text}' is a function, call it as {name.Text}(...)";
        else message += NameSuggester.DidYouMean(name.Text, names);
        message += names.Count == 0 ? "; no names are in scope" : "; the names in scope are: " + string.Join(", ", names);
        _diagnostics.Report(EngineCodes.UnknownName, message, name.Offset);
    }

    private BoundValue? BindName(NameSyntax syntax)
    {
        var name = syntax.Name.Text;
        if (!_scope.TryGet(name, out var binding))
        {
            ReportUnknownName(syntax.Name);
            return null;
        }
        if (binding.ValueType is { } type) return new BoundValue(syntax.Offset, syntax.Length, type, name);
        var example = binding.FactType is { Fields.Count: > 0 } fact ? fact.Fields[0].Name : "field";
        var message = $"'{name}' is a fact of type {binding.FactType?.Name}, not a value; read one of its fields, e.g. {name}.{example}";
        _diagnostics.Report(EngineCodes.TypeMismatch, message, syntax.Offset);
        return null;
    }

    private BoundExpression? BindCall(CallSyntax call)
    {
        var arguments = call.Arguments.Items.Select(Bind).ToArray();
        var name = call.Name;
        if (!FunctionCatalog.TryGet(name.Text, out var function))
        {
            var message = $"unknown function '{name.Text}'" + NameSuggester.DidYouMean(name.Text, FunctionCatalog.Names)
                + "; the functions are: " + string.Join(", ", FunctionCatalog.Names);
            _diagnostics.Report(EngineCodes.UnknownFunction, message, name.Offset);
            return null;
        }
        if (arguments.Length < function.MinArguments || arguments.Length > function.MaxArguments)
        {
            var message = $"function '{name.Text}' takes {function.Arity} but was given {arguments.Length}; use {function.Usage}";
            _diagnostics.Report(EngineCodes.ArgumentCount, message, call.Offset);
            return null;
        }
        if (Array.Exists(arguments, a => a is null)) return null;
        return function.Bind(new FunctionCall(call, arguments!, _diagnostics));
    }

    private BoundExpression? StackExhausted(SyntaxNode node)
    {
        if (!_stackExhausted) _diagnostics.Report(EngineCodes.TooComplex, "the expression is too complex to check", node.Offset);
        _stackExhausted = true;
        return null;
    }
}
