using System.Globalization;
using Priorities.Results;
using Priorities.Sensitivity;

namespace Priorities.Reports;

/// <summary>
/// What a weight sensitivity analysis tells the board: the summary's "How robust is this order?" paragraph and each
/// priority's stable or marginal verdict with its reason. It carries no evidence, so the public version has it too.
/// </summary>
internal static class RobustnessText
{
    /// <summary>The label of the summary's paragraph.</summary>
    public const string Label = "How robust is this order?";

    /// <summary>The summary paragraph: how the weights were varied, how far the order moved, which places are marginal.</summary>
    public static string Summary(PlanResult plan, SensitivityResult sensitivity)
    {
        var ranked = sensitivity.Priorities.Where(p => p.Selected && !p.Mandatory).ToArray();
        var marginal = ranked.Where(IsMarginal).ToArray();
        var entering = sensitivity.Priorities.Where(p => !p.Selected && IsMarginal(p)).ToArray();
        var spread = Math.Round(sensitivity.Spread * 100, 1).ToString("0.#", CultureInfo.InvariantCulture);
        return $"We varied every weight by up to {spread}% either way, in {ReportText.Count(sensitivity.Samples)} random "
            + $"weightings and one at a time. The order kept a median Kendall's τ of {ReportText.Number(sensitivity.Tau.Median)} "
            + $"with the proposal (1 is the same order), and {ReportText.Number(sensitivity.Tau.P5)} or more in 95% of them. "
            + Ranked(ranked.Length, marginal) + " " + Entering(entering)
            + (plan.RuleSet.Weights is null ? string.Empty : " The weights varied are those this plan was proposed with.");
    }

    /// <summary>A priority's verdict and reason, or null when the analysis does not list it.</summary>
    public static string? Of(SensitivityResult? sensitivity, string id)
    {
        var found = sensitivity?.Priorities.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
        if (found is null) return null;
        if (IsMarginal(found) || found.SelectedProbability is > 0 and < 1) return $"{Verdict(found)}. {found.Reason}";
        var move = found.Selected ? "drop it from" : "bring it into";
        var flip = found.Flip is { } f
            ? $"; only a {f.Dimension} weight of {ReportText.Number(f.To)} instead of {ReportText.Number(f.From)} would {move} the plan"
            : string.Empty;
        return $"Stable: {(found.Selected ? "selected" : "left out")} in every weighting{flip}.";
    }

    private static string Ranked(int count, PrioritySensitivity[] marginal) => marginal.Length == 0
        ? $"All {ReportText.Plural(count, "ranked priority is", "ranked priorities are")} stable."
        : $"Of the {ReportText.Plural(count, "ranked priority", "ranked priorities")}, {count - marginal.Length} "
            + $"{(count - marginal.Length == 1 ? "is" : "are")} stable and {marginal.Length} marginal: "
            + $"{Titles(marginal)} (reasons with each priority below).";

    private static string Entering(PrioritySensitivity[] entering) => entering.Length == 0
        ? "No candidate left out comes close to entering."
        : $"Left out but close to entering: {string.Join("; ", entering.Select(p => $"{p.Title} ({Lower(p.Reason)})"))}.";

    private static bool IsMarginal(PrioritySensitivity p) =>
        string.Equals(p.Verdict, SensitivityVerdicts.Marginal, StringComparison.Ordinal);

    private static string Verdict(PrioritySensitivity p) => IsMarginal(p) ? "Marginal" : "Stable";

    private static string Titles(IEnumerable<PrioritySensitivity> priorities) =>
        string.Join(", ", priorities.Select(p => p.Title));

    private static string Lower(string reason) =>
        reason.Length == 0 ? reason : char.ToLowerInvariant(reason[0]) + reason[1..].TrimEnd('.');
}
