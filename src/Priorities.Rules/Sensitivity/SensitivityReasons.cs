using System.Globalization;

namespace Priorities.Sensitivity;

/// <summary>
/// The verdict on one priority and its reason in plain English. Marginal: selected in more than 5% and fewer than 95%
/// of the samples, or flipped by a single weight within the spread, or tied on total with a candidate on the other
/// side of the selection boundary (only the tie-break decided between them). Stable otherwise; a mandatory priority
/// (a statutory duty) is always stable.
/// </summary>
internal sealed class SensitivityReasons(Rescorer rescorer, Ranking baseline, SensitivityOptions options, double limit)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The verdict and reason of catalogue index <paramref name="i"/>.</summary>
    public (string Verdict, string Reason) Judge(int i, double probability, WeightFlip? flip)
    {
        var candidate = rescorer.Candidates[i];
        if (candidate.Mandatory)
            return (SensitivityVerdicts.Stable, "A statutory duty (mandatory): in the plan whatever the weights.");
        var selected = baseline.Selected[i];
        var share = $"Selected in {Percent(probability)} of {options.Samples.ToString("N0", Invariant)} weightings";
        var gap = baseline.Gap[i] ? "Too little evidence to assess with the rule set's weights. " : string.Empty;
        var tie = TiedAcross(i);
        var within = flip is not null && flip.From > 0 && Math.Abs(flip.Change) <= options.Spread * flip.From + 1e-9;
        var marginal = (probability > 0.05 && probability < 0.95) || within || tie is not null;
        var reason = gap + (tie is null ? string.Empty : TieSentence(i, tie.Value)) + share + "; " + FlipText(flip, selected, marginal);
        return (marginal ? SensitivityVerdicts.Marginal : SensitivityVerdicts.Stable, reason);
    }

    /// <summary>A candidate with the same total on the other side of the selection boundary, if any.</summary>
    private int? TiedAcross(int i)
    {
        if (baseline.Gap[i]) return null;
        foreach (var j in baseline.Order)
        {
            if (j == i || baseline.Gap[j] || rescorer.Candidates[j].Mandatory) continue;
            if (baseline.Selected[j] != baseline.Selected[i] && baseline.Totals[j].Equals(baseline.Totals[i])) return j;
        }
        return null;
    }

    private string TieSentence(int i, int other)
    {
        var side = baseline.Selected[i] ? "into" : "out of";
        var status = baseline.Selected[other] ? "selected" : "not selected";
        return $"Tied on score ({Number(baseline.Totals[i])}) with {rescorer.Candidates[other].Title}, which is {status}: "
            + $"only the tie-break put it {side} the plan. ";
    }

    private string FlipText(WeightFlip? flip, bool selected, bool marginal)
    {
        var move = selected ? "drop it from" : "bring it into";
        if (flip is null)
            return $"no single weight from 0 to {Number(limit)} would {move} the plan.";
        var weight = $"a {flip.Dimension} weight of {Number(flip.To)} instead of {Number(flip.From)}";
        if (marginal) return $"{weight} would {move} the plan.";
        return $"it would take {weight} ({Relative(flip)}) to {move} the plan.";
    }

    private static string Relative(WeightFlip flip)
    {
        if (flip.From == 0) return "from nothing";
        var percent = Math.Round(Math.Abs(flip.Change) / flip.From * 100, MidpointRounding.AwayFromZero);
        return (flip.Change < 0 ? "a cut of " : "a rise of ") + percent.ToString("0", Invariant) + "%";
    }

    /// <summary>A share as a whole percentage, never rounded to 0% or 100% when it is not exactly that.</summary>
    internal static string Percent(double share) => share switch
    {
        <= 0 => "0%",
        < 0.01 => "under 1%",
        >= 1 => "100%",
        > 0.99 => "over 99%",
        _ => Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", Invariant) + "%",
    };

    private static string Number(double value) => value.ToString("0.###", Invariant);
}
