using System.Globalization;
using Priorities.Engine.Diagnostics;
using Priorities.Sensitivity;

namespace Priorities.Host.Http;

/// <summary>
/// The query of <c>POST /v1/proposals/sensitivity</c>: <c>spread</c> in percent (20 for ±20%), <c>samples</c> and
/// <c>seed</c>, each optional. Text that is not a number is PR8105, a spread outside 0–100 PR6300, samples outside
/// 1–<see cref="MaximumSamples"/> PR8130 (the server's cap, below the library's own), each a 400 naming it.
/// </summary>
internal static class SensitivityQuery
{
    /// <summary>The most samples one request may ask for: about ten seconds of work on the Oxford sample.</summary>
    public const int MaximumSamples = 20_000;

    /// <summary>The options, or null and the 400 answer.</summary>
    public static (SensitivityOptions? Options, IResult? Problem) Read(string? spread, string? samples, string? seed)
    {
        var defaults = SensitivityOptions.Default;
        if (!TryNumber(spread, defaults.Spread * 100, out var percent)) return Bad("spread", spread!, "a percentage such as 20");
        if (!TryNumber(samples, defaults.Samples, out var count) || count != Math.Floor(count))
            return Bad("samples", samples!, "a whole number");
        if (!long.TryParse(seed ?? defaults.Seed.ToString(CultureInfo.InvariantCulture), NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out var seedValue))
            return Bad("seed", seed!, "a whole number");
        if (count < 1 || count > MaximumSamples)
            return (null, Invalid(HttpCodes.SensitivitySamples,
                $"'samples' must be from 1 to {MaximumSamples.ToString("N0", CultureInfo.InvariantCulture)} on this server; it was {samples}."));
        var options = new SensitivityOptions { Spread = percent / 100, Samples = (int)count, Seed = seedValue };
        var problems = SensitivityAnalyzer.Check(options);
        return problems.Count > 0 ? (null, Problems.Invalid("Invalid sensitivity options", problems.Select(AtQuery).ToArray())) : (options, null);
    }

    private static bool TryNumber(string? text, double fallback, out double value)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            value = fallback;
            return true;
        }
        return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private static (SensitivityOptions?, IResult?) Bad(string name, string text, string expected) =>
        (null, Invalid(HttpCodes.BadQuery, $"'{name}' must be {expected}; '{text}' is not."));

    private static IResult Invalid(string code, string message) =>
        Problems.Invalid("Invalid sensitivity options",
            [new Diagnostic(code, DiagnosticSeverity.Error, message, SourceLocation.StartOf("(query)"))]);

    private static Diagnostic AtQuery(Diagnostic d) => d with { Location = SourceLocation.StartOf("(query)") };
}
