using System.Collections;
using System.Globalization;
using System.Text;
using Priorities.RuleSets.Compilation;

namespace Priorities.Evaluation;

/// <summary>
/// Renders <c>because</c> sentences and the values in explanations: integers with thousands separators
/// (<c>1,234</c>), numbers to one decimal place (<c>1,234.5</c>) unless whole (<c>20</c>, and a sum of counts reads
/// <c>240</c>, not <c>240.0</c>), lists joined with commas, booleans as yes/no; always in the invariant culture.
/// </summary>
internal static class BecauseRenderer
{
    public static string Render(IReadOnlyList<TemplatePart> parts, Func<int, object?> placeholder)
    {
        var builder = new StringBuilder();
        var index = 0;
        foreach (var part in parts)
            builder.Append(part.IsExpression ? Format(placeholder(index++)) : part.Text);
        return builder.ToString();
    }

    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "yes" : "no",
        long or int => ((IFormattable)value).ToString("N0", CultureInfo.InvariantCulture),
        double d when IsWhole(d) => ((long)d).ToString("N0", CultureInfo.InvariantCulture),
        double d => Number(d),
        IEnumerable list => string.Join(", ", list.Cast<object?>().Select(Format)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    public static string Number(double value) => value.ToString("#,##0.0", CultureInfo.InvariantCulture);

    private static bool IsWhole(double d) => Math.Abs(d) < 1e15 && d == Math.Floor(d);

    /// <summary>A signed percentage such as <c>+20.0%</c> or <c>-3.1%</c>.</summary>
    public static string SignedPercent(double value) =>
        value.ToString("+#,##0.0;-#,##0.0;0.0", CultureInfo.InvariantCulture) + "%";
}
