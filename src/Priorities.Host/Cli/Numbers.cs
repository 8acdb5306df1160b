using System.Globalization;

namespace Priorities.Host.Cli;

/// <summary>Numbers as the CLI prints them: invariant culture, at most three decimal places, no trailing zeros.</summary>
internal static class Numbers
{
    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Format(double? value) => value is { } v ? Format(v) : "-";

    /// <summary>"1 priority", "1,024 rows": the count (thousands separated) and the noun, plural unless one.</summary>
    public static string Count(long count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? singular : plural)}");

    /// <summary>The first eight characters of a hash, enough to tell versions apart.</summary>
    public static string ShortHash(string hash) => hash.Length <= 8 ? hash : hash[..8];

    /// <summary>A coverage (0–1) as a whole percentage, such as <c>82%</c>.</summary>
    public static string Coverage(double coverage) =>
        (coverage * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
