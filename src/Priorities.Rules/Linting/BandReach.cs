using Priorities.Diagnostics;
using Priorities.RuleSets.Model;

namespace Priorities.Linting;

/// <summary>
/// PR6104: a band (or lookup entry) of a scored dimension that no candidate's combined raw value on any sample falls
/// in, so its score is never given: the band edges may not fit the figures partnerships have. Dimensions no rule
/// scores are PR6100's.
/// </summary>
internal static class BandReach
{
    public static void Check(RuleSetDocument document, SampleRuns runs, DiagnosticBag bag)
    {
        var scored = DimensionUse.Scored(document);
        foreach (var dimension in document.Scoring.Dimensions.Where(d => scored.Contains(d.Id)))
        {
            var raws = runs.Components(dimension.Id).Select(c => c.Raw).OfType<double>().ToArray();
            var seen = raws.Length == 0 ? "no candidate had a raw value for it"
                : $"its raw values on the samples run from {LintText.Number(raws.Min())} to {LintText.Number(raws.Max())}";
            foreach (var band in dimension.Bands.Where(b => !raws.Any(b.Contains)))
                bag.Warning(RulesCodes.LintBandNeverReached, band.Location,
                    $"No sample reaches the band {Range(band)} (score {LintText.Number(band.Score)}) of dimension "
                    + $"'{dimension.Id}': {seen}.");
            foreach (var entry in dimension.Lookup.Where(e => !raws.Contains(e.Raw)))
                bag.Warning(RulesCodes.LintBandNeverReached, entry.Location,
                    $"No sample reaches the lookup entry {LintText.Number(entry.Raw)} (score {LintText.Number(entry.Score)}) "
                    + $"of dimension '{dimension.Id}': {seen}.");
        }
    }

    private static string Range(Band band) => (band.From, band.To) switch
    {
        (null, null) => "of every value",
        (null, { } to) => $"below {LintText.Number(to)}",
        ({ } from, null) => $"from {LintText.Number(from)} up",
        ({ } from, { } to) => $"from {LintText.Number(from)} to {LintText.Number(to)}",
    };
}
