using System.Globalization;
using Priorities.Engine.Diagnostics;

namespace Priorities.Linting;

/// <summary>How lint messages write numbers and places: invariant, at most three decimals.</summary>
internal static class LintText
{
    public static string Number(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);

    public static string Place(SourceLocation location) => location.ToString();

    public static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
