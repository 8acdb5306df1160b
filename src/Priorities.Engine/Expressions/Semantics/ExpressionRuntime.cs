using System.Reflection;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>
/// The helpers compiled expressions call. None of them throws: integer overflow wraps, out-of-range arguments are
/// clamped, and a percentage change from zero is defined as zero.
/// </summary>
internal static class ExpressionRuntime
{
    /// <summary>The public static method of this class with the given name.</summary>
    public static MethodInfo Method(string name) => typeof(ExpressionRuntime).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;

    /// <summary>The public static overload of this class with the given name and parameter types.</summary>
    public static MethodInfo Method(string name, params Type[] parameters) => typeof(ExpressionRuntime).GetMethod(name, parameters)!;

    /// <summary>The absolute value; <see cref="long.MinValue"/> wraps to itself instead of throwing.</summary>
    public static long Abs(long value) => value < 0 ? unchecked(-value) : value;

    /// <summary>Rounds half away from zero to <paramref name="digits"/> decimals, clamped to 0..15.</summary>
    public static double Round(double value, long digits) =>
        Math.Round(value, (int)Math.Clamp(digits, 0, 15), MidpointRounding.AwayFromZero);

    /// <summary>Rounds half away from zero to a whole number.</summary>
    public static double Round(double value) => Math.Round(value, MidpointRounding.AwayFromZero);

    /// <summary>
    /// <c>(current - previous) / previous * 100</c>; when <paramref name="previous"/> is zero the change is defined
    /// as 0, whatever <paramref name="current"/> is, so that the result is never infinite.
    /// </summary>
    public static double PercentChange(double previous, double current) =>
        previous == 0 ? 0 : (current - previous) / previous * 100;

    /// <summary>Limits <paramref name="value"/> to [lo, hi]; when lo &gt; hi the result is hi.</summary>
    public static long Clamp(long value, long lo, long hi) => Math.Min(Math.Max(value, lo), hi);

    /// <summary>Limits <paramref name="value"/> to [lo, hi]; when lo &gt; hi the result is hi.</summary>
    public static double Clamp(double value, double lo, double hi) => Math.Min(Math.Max(value, lo), hi);

    /// <summary>Whether <paramref name="list"/> holds <paramref name="item"/>; strings compare ordinally.</summary>
    public static bool Contains<T>(IReadOnlyList<T>? list, T item)
    {
        if (list is null) return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < list.Count; i++)
        {
            if (comparer.Equals(list[i], item)) return true;
        }
        return false;
    }

    /// <summary>A list of integers as a list of numbers.</summary>
    public static IReadOnlyList<double> ToNumbers(IReadOnlyList<long>? list) =>
        list is null ? [] : list.Select(v => (double)v).ToArray();
}
