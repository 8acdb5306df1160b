using Priorities.Diffs;

namespace Priorities.Reports;

/// <summary>The tables of a diff report.</summary>
internal static class DiffTables
{
    public static TableBlock Places(PlanDiff diff) => new(
        "Each priority's rank and score in the old and the new plan",
        [
            new TableColumn("Priority", RowHeader: true, Width: 3), new TableColumn("Old", Width: 1.5),
            new TableColumn("New", Width: 1.5), new TableColumn("Old score", Numeric: true),
            new TableColumn("New score", Numeric: true), new TableColumn("Change", Numeric: true),
        ],
        diff.Priorities.Select(p => (IReadOnlyList<string>)
        [
            p.Title, Place(p.Old), Place(p.New), ReportText.Number(p.Old.Score), ReportText.Number(p.New.Score),
            p.ScoreDelta is { } delta ? Signed(delta) : "–",
        ]).ToArray());

    public static TableBlock Contributions(IReadOnlyList<PriorityDiff> movers) => new(
        "The dimensions whose part of a score moved, with why",
        [
            new TableColumn("Priority", RowHeader: true, Width: 2.5), new TableColumn("Dimension", Width: 1.5),
            new TableColumn("Old", Numeric: true), new TableColumn("New", Numeric: true),
            new TableColumn("Change", Numeric: true), new TableColumn("Why", Width: 3),
        ],
        movers.SelectMany(p => p.Contributions.Select(c => (IReadOnlyList<string>)
        [
            p.Title, ReportText.Dimension(c.Dimension), ReportText.Number(c.Contribution.Old),
            ReportText.Number(c.Contribution.New), Signed(c.Delta), Why(c),
        ])).ToArray());

    public static TableBlock Dimensions(ScoringChanges scoring) => new(
        "Dimensions whose scoring changed",
        [
            new TableColumn("Dimension", RowHeader: true, Width: 1.5), new TableColumn("Weight", Width: 1.2),
            new TableColumn("Combine"), new TableColumn("Missing score", Width: 1.2),
            new TableColumn("Bands"), new TableColumn("Lookup"),
        ],
        scoring.Changed.Select(d => (IReadOnlyList<string>)
        [
            ReportText.Dimension(d.Id), d.Weight is { } w ? $"{Value(w.Old)} to {Value(w.New)}" : "same",
            d.Combine is { } c ? $"{c.Old} to {c.New}" : "same",
            d.Missing is { } m ? $"{Value(m.Old, "unknown")} to {Value(m.New, "unknown")}" : "same",
            d.Bands ? "changed" : "same", d.Lookup ? "changed" : "same",
        ]).ToArray());

    /// <summary>The causes in words, with the figures where they may be quoted.</summary>
    private static string Why(ContributionDelta delta) => string.Join("; ", delta.Causes.Select(cause => cause switch
    {
        DiffCauses.Weight => $"weight {Value(delta.Weight.Old)} to {Value(delta.Weight.New)}",
        DiffCauses.Bands => $"bands changed (score {Value(delta.Score.Old)} to {Value(delta.Score.New)})",
        DiffCauses.Raw when delta.Raw is { } raw => $"figure {Value(raw.Old)} to {Value(raw.New)}",
        DiffCauses.Raw => $"evidence marked sensitive changed (score {Value(delta.Score.Old)} to {Value(delta.Score.New)})",
        DiffCauses.Evidence => delta.Evidence?.New == Results.EvidenceState.Known ? "evidence gained" : "evidence lost",
        DiffCauses.Rescaled => "rescaled for the evidence it has",
        DiffCauses.DimensionAdded => "new dimension",
        DiffCauses.DimensionRemoved => "dimension removed",
        _ => "scored in one plan only",
    }));

    private static string Place(PriorityPlace place) => place.State switch
    {
        PriorityStates.Selected => $"{place.Rank} (in plan)",
        PriorityStates.NotSelected => $"{place.Rank} (left out)",
        PriorityStates.EvidenceGap => "evidence gap",
        _ => "not proposed",
    };

    private static string Value(double? value, string none = "none") => value is { } v ? ReportText.Number(v) : none;

    private static string Signed(double value) => value > 0 ? "+" + ReportText.Number(value) : ReportText.Number(value);
}
