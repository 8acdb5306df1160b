using System.Linq.Expressions;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>A call of an allowed function; <paramref name="emit"/> builds its code from the translated arguments.</summary>
internal sealed class BoundCall(int offset, int length, ExprType type, string name, IReadOnlyList<BoundExpression> arguments, Func<Expression[], Expression> emit)
    : BoundExpression(offset, length, type)
{
    public string Name { get; } = name;

    public IReadOnlyList<BoundExpression> Arguments { get; } = arguments;

    public override IEnumerable<BoundExpression> Children => Arguments;

    public override Expression Translate(Func<string, Expression> bindingAccess) =>
        emit(Arguments.Select(a => a.Translate(bindingAccess)).ToArray());
}
