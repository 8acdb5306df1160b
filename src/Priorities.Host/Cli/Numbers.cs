using System.Globalization;

namespace Priorities.Host.Cli;

/// <summary>Numbers as the CLI prints them: invariant culture, at most three decimal places, no trailing zeros.</summary>
internal static class Numbers
{
    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Format(double? value) => value is { } v ? Format(v) : "-";

    /// <summary>"1 priority", "14 priorities": the count and the noun, plural when the count is not one.</summary>
    public static string Count(int count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");

    /// <summary>The first eight characters of a hash, enough to tell versions apart.</summary>
    public static string ShortHash(string hash) => hash.Length <= 8 ? hash : hash[..8];
}
