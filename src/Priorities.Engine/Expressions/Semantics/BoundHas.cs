using System.Linq.Expressions;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary><c>has(binding.field)</c>: whether the field's value is known; always true for a field that is not nullable.</summary>
internal sealed class BoundHas(int offset, int length, BoundField field) : BoundExpression(offset, length, ExprType.Boolean)
{
    /// <summary>The field tested; a direct read, which may be unknown.</summary>
    public BoundField Field { get; } = field;

    public override void CollectBindings(ISet<string> names) => Field.CollectBindings(names);

    public override Expression Translate(Func<string, Expression> bindingAccess) => Field.TranslateKnown(bindingAccess);
}
