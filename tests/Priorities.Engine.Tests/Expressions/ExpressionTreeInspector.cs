using System.Linq.Expressions;

namespace Priorities.Engine.Tests.Expressions;

/// <summary>Collects the nodes of a LINQ expression tree, to verify what a translation compiles to.</summary>
internal sealed class ExpressionTreeInspector : ExpressionVisitor
{
    private readonly List<Expression> _nodes = [];

    public static IReadOnlyList<Expression> Nodes(Expression expression)
    {
        var inspector = new ExpressionTreeInspector();
        inspector.Visit(expression);
        return inspector._nodes;
    }

    public override Expression? Visit(Expression? node)
    {
        if (node is not null) _nodes.Add(node);
        return base.Visit(node);
    }
}
