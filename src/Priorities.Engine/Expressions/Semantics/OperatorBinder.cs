using Priorities.Engine.Diagnostics;
using Priorities.Engine.Expressions.Syntax;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>Type-checks prefix, infix and conditional operators; errors point at the operator.</summary>
internal sealed class OperatorBinder(Binder binder, ExpressionErrors diagnostics)
{
    private readonly LiteralBinder _literals = new(binder, diagnostics);

    public BoundExpression? BindUnary(UnarySyntax unary)
    {
        var op = unary.Operator;
        if (op.Text == "-" && unary.Operand is NumberSyntax number) return _literals.BindNumber(number, negate: true, unary.Offset, unary.Length);
        if (binder.Bind(unary.Operand) is not { } operand) return null;
        var negate = op.Text == "-";
        if (negate ? operand.Type.IsNumeric : operand.Type.Kind == ExprKind.Boolean)
        {
            return new BoundUnary(unary.Offset, unary.Length, negate ? UnaryOperator.Negate : UnaryOperator.Not, operand);
        }
        Report($"operator '{op.Text}' needs {(negate ? "a number" : "a bool")}, but got {operand.Type}", op);
        return null;
    }

    public BoundExpression? BindBinary(BinarySyntax binary)
    {
        var left = binder.Bind(binary.Left);
        var op = binary.Operator;
        var right = op.Text switch
        {
            "and" or "&&" => binder.BindAssuming(binary.Right, PresenceProofs.WhenTrue(binary.Left)),
            "or" or "||" => binder.BindAssuming(binary.Right, PresenceProofs.WhenFalse(binary.Left)),
            _ => binder.Bind(binary.Right),
        };
        if (left is null || right is null) return null;
        BoundExpression? result = op.Text switch
        {
            "in" => MembershipRules.Bind(left, right, binary.Offset, binary.Length, out var error) ?? Fail($"operator 'in' {error}", op),
            "and" or "&&" => Logical(binary, BinaryOperator.And, left, right),
            "or" or "||" => Logical(binary, BinaryOperator.Or, left, right),
            "+" when left.Type.Kind == ExprKind.String && right.Type.Kind == ExprKind.String => Make(binary, ExprType.String, BinaryOperator.Add, left, right),
            "+" or "-" or "*" or "/" => Arithmetic(binary, left, right),
            _ => Comparison(binary, left, right),
        };
        return result;
    }

    public BoundExpression? BindConditional(ConditionalSyntax conditional)
    {
        var condition = binder.Bind(conditional.Condition);
        var whenTrue = binder.BindAssuming(conditional.WhenTrue, PresenceProofs.WhenTrue(conditional.Condition));
        var whenFalse = binder.BindAssuming(conditional.WhenFalse, PresenceProofs.WhenFalse(conditional.Condition));
        if (condition is null || whenTrue is null || whenFalse is null) return null;
        if (condition.Type.Kind != ExprKind.Boolean)
        {
            diagnostics.Report(EngineCodes.TypeMismatch, $"the condition before '?' must be a bool, but it is {condition.Type}", condition.Offset);
            return null;
        }
        if (TypeRules.Common(whenTrue, whenFalse) is not { } type)
        {
            return Fail($"the two branches of '?:' must have the same type, but they are {whenTrue.Type} and {whenFalse.Type}", conditional.Question);
        }
        var (t, f) = (TypeRules.Promote(whenTrue, type), TypeRules.Promote(whenFalse, type));
        return new BoundConditional(conditional.Offset, conditional.Length, condition, t, f);
    }

    private BoundBinary? Logical(BinarySyntax syntax, BinaryOperator op, BoundExpression left, BoundExpression right)
    {
        if (left.Type.Kind == ExprKind.Boolean && right.Type.Kind == ExprKind.Boolean) return Make(syntax, ExprType.Boolean, op, left, right);
        return Fail($"operator '{syntax.Operator.Text}' needs bool operands, but got {left.Type} and {right.Type}", syntax.Operator);
    }

    private BoundExpression? Arithmetic(BinarySyntax syntax, BoundExpression left, BoundExpression right)
    {
        var text = syntax.Operator.Text;
        if (!left.Type.IsNumeric || !right.Type.IsNumeric)
        {
            var hint = text == "+" ? "; '+' adds numbers or joins two strings" : string.Empty;
            return Fail($"operator '{text}' cannot be applied to {left.Type} and {right.Type}{hint}", syntax.Operator);
        }
        var type = text == "/" ? ExprType.Number : TypeRules.Common(left.Type, right.Type)!;
        var op = text switch { "+" => BinaryOperator.Add, "-" => BinaryOperator.Subtract, "*" => BinaryOperator.Multiply, _ => BinaryOperator.Divide };
        var bound = Make(syntax, type, op, TypeRules.Promote(left, type), TypeRules.Promote(right, type));
        var folded = ConstantArithmetic.Fold(bound, out var problem);
        if (problem is null) return folded ?? (BoundExpression)bound;
        diagnostics.Report(EngineCodes.ConstantOutOfRange, problem, syntax.Operator.Offset);
        return null;
    }

    private BoundBinary? Comparison(BinarySyntax syntax, BoundExpression left, BoundExpression right)
    {
        var text = syntax.Operator.Text;
        var equality = text is "==" or "!=";
        var common = TypeRules.Common(left.Type, right.Type);
        var valid = common is not null && common.Kind != ExprKind.List && (equality || common.Kind != ExprKind.Boolean);
        if (!valid) return Fail($"operator '{text}' cannot compare {left.Type} and {right.Type}", syntax.Operator);
        var op = text switch
        {
            "==" => BinaryOperator.Equal,
            "!=" => BinaryOperator.NotEqual,
            "<" => BinaryOperator.Less,
            "<=" => BinaryOperator.LessOrEqual,
            ">" => BinaryOperator.Greater,
            _ => BinaryOperator.GreaterOrEqual,
        };
        return Make(syntax, ExprType.Boolean, op, TypeRules.Promote(left, common!), TypeRules.Promote(right, common!));
    }

    private static BoundBinary Make(BinarySyntax syntax, ExprType type, BinaryOperator op, BoundExpression left, BoundExpression right) =>
        new(syntax.Offset, syntax.Length, type, op, left, right);

    private BoundBinary? Fail(string message, Token at)
    {
        Report(message, at);
        return null;
    }

    private void Report(string message, Token at) => diagnostics.Report(EngineCodes.TypeMismatch, message, at.Offset);
}
