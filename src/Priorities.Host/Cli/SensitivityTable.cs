using System.Globalization;
using System.Text;
using Priorities.Sensitivity;

namespace Priorities.Host.Cli;

/// <summary>
/// A sensitivity analysis as plain text: the settings and τ, a table of the priorities (proposed rank, rank interval,
/// selection probability, verdict, flip), then each priority's reason.
/// </summary>
internal static class SensitivityTable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Format(SensitivityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.Append(Invariant, $"How robust is the proposed order? {result.RuleSet.Id} {result.RuleSet.Version} ({result.ScoringMethod}), ")
            .Append(Invariant, $"every weight varied by up to {SensitivityCommand.Percent(result.Spread)}: ")
            .Append(Invariant, $"{result.Samples.ToString("N0", Invariant)} samples, seed {result.Seed.ToString(Invariant)}.\n");
        text.Append("Weights: ")
            .Append(string.Join(", ", result.Dimensions.Select(d => $"{d.Id} {Number(d.Weight)}")))
            .Append(".\n");
        text.Append(Invariant, $"Kendall's tau against the proposed order: median {Number(result.Tau.Median)}, ")
            .Append(Invariant, $"5th percentile {Number(result.Tau.P5)}.\n\n");
        var table = new TextTable(">Rank", "Priority", ">Ranks 5-95%", ">Selected", "Verdict", "Flip").Limit(1, 40);
        foreach (var p in result.Priorities)
        {
            table.Add(
                p.Rank?.ToString(Invariant) ?? "-", p.Title, Interval(p),
                Math.Round(p.SelectedProbability * 100, MidpointRounding.AwayFromZero).ToString("0", Invariant) + "%",
                p.Verdict, Flip(p.Flip));
        }
        text.Append(table.Render()).Append('\n');
        foreach (var p in result.Priorities)
            text.Append(Invariant, $"{p.Title} ({p.Verdict}): {p.Reason}\n");
        return text.ToString();
    }

    private static string Interval(PrioritySensitivity p) =>
        p.RankLow == p.RankHigh ? p.RankLow.ToString(Invariant) : $"{p.RankLow.ToString(Invariant)}-{p.RankHigh.ToString(Invariant)}";

    private static string Flip(WeightFlip? flip) =>
        flip is null ? "none" : $"{flip.Dimension} {Number(flip.From)} -> {Number(flip.To)}";

    private static string Number(double value) => value.ToString("0.###", Invariant);
}
