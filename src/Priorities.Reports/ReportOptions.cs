using Priorities.Results;

namespace Priorities.Reports;

/// <summary>How a board report is written.</summary>
public sealed record ReportOptions
{
    /// <summary>The options used when none are given: the full (not public) report with the default title.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>
    /// Whether this is the public version: evidence and rule findings marked sensitive are left out
    /// (see <see cref="Results.PublicView"/>) and the report says how many items it left out.
    /// </summary>
    public bool Public { get; init; }

    /// <summary>
    /// Whether the items marked sensitive go to an exempt annex (written with
    /// <see cref="ReportWriter.RenderExemptAnnex"/>): the paper is then the public version and says that the annex
    /// exists and what it holds.
    /// </summary>
    public bool ExemptAnnex { get; init; }

    /// <summary>
    /// The report's title; when null or blank, "Community Safety Rolling Plan YYYY–YY" for the financial year that
    /// starts after the assessment period ends.
    /// </summary>
    public string? Title { get; init; }

    /// <summary>
    /// For a county agreement (<see cref="RollUps.RollUpEvaluator"/>): the district plans it was rolled up from, in
    /// input order; the report then adds the priorities × districts matrix of ranks. Null for a partnership's own plan.
    /// </summary>
    public IReadOnlyList<PlanResult>? Districts { get; init; }

    /// <summary>
    /// A weight sensitivity analysis of the same plan (<see cref="Sensitivity.SensitivityAnalyzer"/>): the summary then
    /// says how robust the order is ("How robust is this order?") and each priority whether it is stable or marginal,
    /// and why. Null for none. It holds no evidence, so the public version shows it too.
    /// </summary>
    public Sensitivity.SensitivityResult? Sensitivity { get; init; }

    /// <summary>The clock that dates the report and the Word package; <see cref="TimeProvider.System"/> by default.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
