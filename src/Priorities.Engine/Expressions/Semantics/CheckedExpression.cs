using System.Linq.Expressions;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>
/// A parsed and type-checked expression, or a sub-expression of one. Immutable and thread-safe. Sub-expressions
/// returned by <see cref="SplitConjuncts"/>, <see cref="TryGetEquality"/> and <see cref="TryGetComparison"/> share the
/// source text; the two sides of a comparison have already been promoted to a common type.
/// </summary>
internal sealed class CheckedExpression
{
    private readonly string _source;
    private readonly BoundExpression _root;

    internal CheckedExpression(string source, BoundExpression root)
    {
        _source = source;
        _root = root;
        var names = new HashSet<string>(StringComparer.Ordinal);
        root.CollectBindings(names);
        Bindings = names;
    }

    /// <summary>The source text of this (sub)expression.</summary>
    public string Text => _source.Substring(_root.Offset, _root.Length);

    /// <summary>The offset of <see cref="Text"/> within the original expression text.</summary>
    public int Offset => _root.Offset;

    public ExprType Type => _root.Type;

    /// <summary>The names of the bindings the expression references.</summary>
    public IReadOnlySet<string> Bindings { get; }

    /// <summary>Whether the expression references no binding.</summary>
    public bool IsConstant => Bindings.Count == 0;

    /// <summary>The checked tree, for the language's own tooling and tests.</summary>
    internal BoundExpression Root => _root;

    /// <summary>
    /// Whether the expression is a bare read of a nullable field not proven known (allowed only where the value is
    /// copied into a nullable field); <see cref="TranslateBoxed"/> then yields null for an unknown value.
    /// </summary>
    public bool MayBeUnknown => _root is BoundField { MayBeUnknown: true };

    /// <summary>The nullable fields the expression reads or tests with <c>has</c>, each with a test that it is known.</summary>
    public IReadOnlyList<NullableUse> NullableUses()
    {
        var uses = new Dictionary<string, NullableUse>(StringComparer.Ordinal);
        var pending = new Stack<BoundExpression>([_root]);
        while (pending.TryPop(out var node))
        {
            var (field, tested) = node switch
            {
                BoundHas has => (has.Field, true),
                BoundField f => (f, false),
                _ => (null, false),
            };
            foreach (var child in node.Children) pending.Push(child);
            if (field is not { Field.IsNullable: true }) continue;
            var use = uses.GetValueOrDefault(field.Path) ?? new NullableUse(field.Path, false, false, Known(field));
            uses[field.Path] = tested ? use with { Tested = true } : use with { Read = true };
        }
        return uses.Values.OrderBy(u => u.Path, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The operands of the top-level <c>and</c> operators, flattened through nested <c>and</c>s; or this expression.</summary>
    public IReadOnlyList<CheckedExpression> SplitConjuncts()
    {
        var parts = new List<CheckedExpression>();
        var pending = new Stack<BoundExpression>([_root]);
        while (pending.TryPop(out var node))
        {
            if (node is BoundBinary { Operator: BinaryOperator.And } and)
            {
                pending.Push(and.Right);
                pending.Push(and.Left);
            }
            else
            {
                parts.Add(node == _root ? this : new CheckedExpression(_source, node));
            }
        }
        return parts;
    }

    /// <summary>Whether the root is <c>==</c>; gives its two sides.</summary>
    public bool TryGetEquality(out CheckedExpression left, out CheckedExpression right) =>
        TryGetComparison(out var op, out left, out right) && op == "==";

    /// <summary>Whether the root is one of <c>== != &lt; &lt;= &gt; &gt;=</c>; gives the operator and the two sides.</summary>
    public bool TryGetComparison(out string op, out CheckedExpression left, out CheckedExpression right)
    {
        if (_root is BoundBinary { IsComparison: true } comparison)
        {
            op = comparison.Symbol;
            left = new CheckedExpression(_source, comparison.Left);
            right = new CheckedExpression(_source, comparison.Right);
            return true;
        }
        (op, left, right) = (string.Empty, this, this);
        return false;
    }

    /// <summary>The value of a constant expression: a long, double, string, bool or list.</summary>
    /// <exception cref="InvalidOperationException">The expression references bindings.</exception>
    public object? EvaluateConstant()
    {
        if (!IsConstant) throw new InvalidOperationException($"The expression '{Text}' references {string.Join(", ", Bindings)} and is not constant.");
        if (_root is BoundLiteral literal) return literal.Value;
        var body = Expression.Convert(_root.Translate(NoBinding), typeof(object));
        return Expression.Lambda<Func<object?>>(body).Compile(preferInterpretation: true)();
    }

    /// <summary>
    /// Builds a LINQ expression of CLR type <c>Type.ClrType</c>. <paramref name="bindingAccess"/> returns an expression
    /// typed <c>object</c> (or the exact CLR type) holding a binding's value: the fact object, or a boxed value.
    /// </summary>
    public Expression Translate(Func<string, Expression> bindingAccess)
    {
        ArgumentNullException.ThrowIfNull(bindingAccess);
        return _root.Translate(bindingAccess);
    }

    /// <summary>Like <see cref="Translate"/>, typed <c>object</c>; null for an unknown value when <see cref="MayBeUnknown"/>.</summary>
    public Expression TranslateBoxed(Func<string, Expression> bindingAccess)
    {
        ArgumentNullException.ThrowIfNull(bindingAccess);
        return _root is BoundField { MayBeUnknown: true } field
            ? field.TranslateRaw(bindingAccess)
            : Expression.Convert(_root.Translate(bindingAccess), typeof(object));
    }

    /// <summary>Compiles the expression to a delegate over binding values given in <paramref name="bindingOrder"/>.</summary>
    /// <exception cref="ArgumentException">A referenced binding is missing from <paramref name="bindingOrder"/>.</exception>
    public Func<object?[], object?> CompileBoxed(IReadOnlyList<string> bindingOrder)
    {
        ArgumentNullException.ThrowIfNull(bindingOrder);
        var missing = Bindings.FirstOrDefault(b => !bindingOrder.Contains(b));
        if (missing is not null) throw new ArgumentException($"The binding '{missing}' is not in the binding order.", nameof(bindingOrder));
        var values = Expression.Parameter(typeof(object?[]), "values");
        var body = Translate(name => Expression.ArrayIndex(values, Expression.Constant(IndexOf(bindingOrder, name))));
        return Expression.Lambda<Func<object?[], object?>>(Expression.Convert(body, typeof(object)), values).Compile();
    }

    public override string ToString() => Text;

    private CheckedExpression Known(BoundField field) => new(_source, new BoundHas(field.Offset, field.Length, field));

    private static int IndexOf(IReadOnlyList<string> order, string name)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == name) return i;
        }
        return -1;
    }

    private static Expression NoBinding(string name) => throw new InvalidOperationException($"A constant expression cannot read '{name}'.");
}
