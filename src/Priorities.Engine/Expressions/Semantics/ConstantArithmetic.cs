namespace Priorities.Engine.Expressions.Semantics;

/// <summary>
/// Works out arithmetic between two constants when the expression is checked, so that a constant that overflows 64
/// bits, divides by zero or is not a finite number is an error where it is written, not a failure at evaluation.
/// </summary>
internal static class ConstantArithmetic
{
    /// <summary>The folded constant, or null with <paramref name="problem"/> set when it cannot be computed.</summary>
    public static BoundLiteral? Fold(BoundBinary binary, out string? problem)
    {
        problem = null;
        if (binary is not { Left: BoundLiteral left, Right: BoundLiteral right }) return null;
        if (left.Value is long a && right.Value is long b) return Integer(binary, a, b, out problem);
        if (left.Value is double x && right.Value is double y) return Number(binary, x, y, out problem);
        return null;
    }

    private static BoundLiteral? Integer(BoundBinary binary, long a, long b, out string? problem)
    {
        problem = null;
        try
        {
            var value = binary.Operator switch
            {
                BinaryOperator.Add => checked(a + b),
                BinaryOperator.Subtract => checked(a - b),
                BinaryOperator.Multiply => checked(a * b),
                _ => (long?)null,
            };
            return value is { } v ? new BoundLiteral(binary.Offset, binary.Length, ExprType.Integer, v) : null;
        }
        catch (OverflowException)
        {
            problem = "the constant is too large for a whole number of 64 bits (an integer overflow); "
                + "write it as a decimal number (for example 1.0 * …) if a decimal is meant";
            return null;
        }
    }

    private static BoundLiteral? Number(BoundBinary binary, double x, double y, out string? problem)
    {
        problem = null;
        double? value = binary.Operator switch
        {
            BinaryOperator.Add => x + y,
            BinaryOperator.Subtract => x - y,
            BinaryOperator.Multiply => x * y,
            BinaryOperator.Divide => x / y,
            _ => null,
        };
        if (value is not { } v) return null;
        if (double.IsFinite(v)) return new BoundLiteral(binary.Offset, binary.Length, ExprType.Number, v);
        problem = binary.Operator == BinaryOperator.Divide && y == 0
            ? "the constant divides by zero"
            : "the constant is too large to be a finite number";
        return null;
    }
}
