using System.Linq.Expressions;
using Priorities.Engine.Facts;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>A field of a fact binding, <c>binding.field</c>.</summary>
internal sealed class BoundField(int offset, int length, string binding, FactType factType, FactField field)
    : BoundExpression(offset, length, ExprType.Of(field.Type))
{
    public string Binding { get; } = binding;

    public FactType FactType { get; } = factType;

    public FactField Field { get; } = field;

    public override void CollectBindings(ISet<string> names) => names.Add(Binding);

    public override Expression Translate(Func<string, Expression> bindingAccess)
    {
        var fact = bindingAccess(Binding);
        return Field.Read(fact.Type == FactType.ClrType ? fact : Expression.Convert(fact, FactType.ClrType));
    }
}
