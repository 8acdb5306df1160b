using Priorities.Engine.Diagnostics;

using static Priorities.Engine.Tests.Expressions.ExpressionFixture;

namespace Priorities.Engine.Tests.Expressions;

public sealed class OperatorTests
{
    [Theory]
    [InlineData("7 + 3", 10L)]
    [InlineData("7 - 10", -3L)]
    [InlineData("6 * 7", 42L)]
    [InlineData("7 / 2", 3.5)]
    [InlineData("8 / 4", 2.0)]
    [InlineData("1 + 0.5", 1.5)]
    [InlineData("k + n", 9.5)]
    [InlineData("k - t.count", -53L)]
    [InlineData("t.change_pct * 2", 40.0)]
    [InlineData("-k", -7L)]
    [InlineData("-n", -2.5)]
    [InlineData("'Ox' + 'ford'", "Oxford")]
    [InlineData("s + '!' + t.category", "Oxford!burglary")]
    [InlineData("-(-9223372036854775808)", long.MinValue)]
    [InlineData("k / 0", double.PositiveInfinity)]
    public void Evaluate_Arithmetic_ComputesValue(string text, object expected) => Assert.Equal(expected, Evaluate(text));

    [Theory]
    [InlineData("k * 9223372036854775807")]
    [InlineData("-9223372036854775807 - k - 2")]
    [InlineData("t.count + 9223372036854775807")]
    public void Evaluate_IntegerOverflow_ThrowsOverflowNotAWrappedNumber(string text) =>
        Assert.Throws<OverflowException>(() => Evaluate(text));

    [Fact]
    public void Evaluate_ZeroDividedByZero_IsNaNNotException() => Assert.True(double.IsNaN((double)Evaluate("(k - k) / 0")!));

    [Theory]
    [InlineData("9223372036854775807 + 1", 21, "64 bits")]
    [InlineData("-9223372036854775807 - 2", 22, "64 bits")]
    [InlineData("k + 3037000500 * 3037000500", 16, "64 bits")]
    [InlineData("4611686018427387904 * 2 * 2", 21, "64 bits")]
    [InlineData("1 / 0", 3, "divides by zero")]
    [InlineData("0 / 0", 3, "divides by zero")]
    [InlineData("n > 1.7e308 * 10", 13, "finite")]
    public void Check_ConstantArithmeticOutOfRange_ReportsExp012AtTheOperator(string text, int column, string message)
    {
        var error = Error(text);

        Assert.Equal((EngineCodes.ConstantOutOfRange, column), (error.Code, error.Location.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9223372036854775806 + 1", long.MaxValue)]
    [InlineData("2 * 3 + k", 13L)]
    [InlineData("1e308 + 1e308 / 2", 1.5e308)]
    public void Evaluate_ConstantArithmeticInRange_IsFoldedToTheSameValue(string text, object expected) =>
        Assert.Equal(expected, Evaluate(text));

    [Theory]
    [InlineData("3 == 3", true)]
    [InlineData("3 == 3.0", true)]
    [InlineData("t.count == 60", true)]
    [InlineData("3 != 4", true)]
    [InlineData("2 < 2.5", true)]
    [InlineData("3 <= 3", true)]
    [InlineData("4 > 3.5", true)]
    [InlineData("3 >= 4", false)]
    [InlineData("n >= k", false)]
    [InlineData("'a' < 'b'", true)]
    [InlineData("'B' < 'a'", true)]
    [InlineData("'b' <= 'b'", true)]
    [InlineData("'é' > 'z'", true)]
    [InlineData("s >= 'Oxford'", true)]
    [InlineData("'a' == 'a'", true)]
    [InlineData("'a' != 'A'", true)]
    [InlineData("true == true", true)]
    [InlineData("true != b", false)]
    [InlineData("t.category == u.category", false)]
    public void Evaluate_Comparison_ComputesValue(string text, bool expected) => Assert.Equal(expected, Evaluate(text));

    [Theory]
    [InlineData("true and false", false)]
    [InlineData("true or false", true)]
    [InlineData("not true", false)]
    [InlineData("!false", true)]
    [InlineData("b && !false", true)]
    [InlineData("false || b", true)]
    [InlineData("t.active and b", true)]
    public void Evaluate_Logic_ComputesValue(string text, bool expected) => Assert.Equal(expected, Evaluate(text));

    [Theory]
    [InlineData("t.category in ['burglary', 'robbery']", true)]
    [InlineData("t.category in ['robbery']", false)]
    [InlineData("'x' in names", true)]
    [InlineData("'z' in names", false)]
    [InlineData("'rising' in t.tags", true)]
    [InlineData("t.count in [10, 60]", true)]
    [InlineData("t.count in [10.5, 60]", true)]
    [InlineData("2.5 in t.rates", true)]
    [InlineData("1 in t.rates", false)]
    [InlineData("3 in []", false)]
    [InlineData("t.category in ['a', 'b', 'c', 'd', 'e', 'burglary']", true)]
    [InlineData("t.category in ['a', 'b', 'c', 'd', 'e', 'f']", false)]
    [InlineData("t.count in [1, 2, 3, 4, 5, 6]", false)]
    [InlineData("n in [1.5, 2.5, 3.5, 4.5, 5.5]", true)]
    [InlineData("b in [false, false, false, false, true]", true)]
    [InlineData("k in [1, 2, k, 4]", true)]
    [InlineData("s in [t.category, u.category]", false)]
    public void Evaluate_Membership_ComputesValue(string text, bool expected) => Assert.Equal(expected, Evaluate(text));

    [Theory]
    [InlineData("b ? 1 : 2", 1L)]
    [InlineData("false ? 1 : 2.5", 2.5)]
    [InlineData("true ? 1 : 2.5", 1.0)]
    [InlineData("k > 5 ? 'high' : 'low'", "high")]
    [InlineData("len(b ? names : []) ", 2L)]
    [InlineData("len(false ? [1] : [1.5, 2])", 2L)]
    public void Evaluate_Conditional_PicksBranchAndPromotes(string text, object expected) => Assert.Equal(expected, Evaluate(text));
}
