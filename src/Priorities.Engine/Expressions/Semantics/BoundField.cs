using System.Linq.Expressions;
using Priorities.Engine.Facts;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>
/// A field of a fact binding, <c>binding.field</c>. An unknown value of a nullable field reads as the type's empty
/// value; <see cref="MayBeUnknown"/> marks a read the checker allowed without proof that the value is known.
/// </summary>
internal sealed class BoundField(int offset, int length, string binding, FactType factType, FactField field, bool mayBeUnknown = false)
    : BoundExpression(offset, length, ExprType.Of(field.Type))
{
    public string Binding { get; } = binding;

    public FactType FactType { get; } = factType;

    public FactField Field { get; } = field;

    /// <summary>Whether the field is nullable and not proven known here (allowed only in <c>has</c> or copied as is).</summary>
    public bool MayBeUnknown { get; } = mayBeUnknown;

    /// <summary>The field as written, <c>binding.field</c>.</summary>
    public string Path => PresenceProofs.Path(Binding, Field.Name);

    public override void CollectBindings(ISet<string> names) => names.Add(Binding);

    public override Expression Translate(Func<string, Expression> bindingAccess) => Field.Read(Fact(bindingAccess));

    /// <summary>A boolean expression that is true when the field's value is known.</summary>
    public Expression TranslateKnown(Func<string, Expression> bindingAccess) => Field.Known(Fact(bindingAccess));

    /// <summary>The value typed <c>object</c>: null when unknown, else the boxed value.</summary>
    public Expression TranslateRaw(Func<string, Expression> bindingAccess) => Expression.Condition(
        TranslateKnown(bindingAccess),
        Expression.Convert(Translate(bindingAccess), typeof(object)),
        Expression.Constant(null),
        typeof(object));

    private Expression Fact(Func<string, Expression> bindingAccess)
    {
        var fact = bindingAccess(Binding);
        return fact.Type == FactType.ClrType ? fact : Expression.Convert(fact, FactType.ClrType);
    }
}
