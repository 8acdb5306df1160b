using System.Linq.Expressions;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>
/// A type-checked expression node. <see cref="Offset"/> and <see cref="Length"/> locate its source text;
/// <see cref="Translate"/> builds a LINQ expression of CLR type <c>Type.ClrType</c>.
/// </summary>
internal abstract class BoundExpression(int offset, int length, ExprType type)
{
    public int Offset { get; } = offset;

    public int Length { get; } = length;

    public ExprType Type { get; } = type;

    /// <summary>The operands of this node.</summary>
    public virtual IEnumerable<BoundExpression> Children => [];

    /// <summary>Adds the names of the bindings this node references to <paramref name="names"/>.</summary>
    public virtual void CollectBindings(ISet<string> names)
    {
        foreach (var child in Children) child.CollectBindings(names);
    }

    /// <summary>Builds the LINQ expression; <paramref name="bindingAccess"/> returns a binding's value typed <c>object</c>.</summary>
    public abstract Expression Translate(Func<string, Expression> bindingAccess);
}
