using System.Globalization;
using Priorities.Results;
using Priorities.RollUps;

namespace Priorities.Reports;

/// <summary>
/// The section of a county agreement's report that shows where its priorities came from: the priorities × districts
/// matrix with each cell's rank (<see cref="RollUpMatrix"/>). Only when the report is given the district plans.
/// </summary>
internal static class RollUpMatrixSection
{
    /// <summary>The matrix section, or none when <see cref="ReportOptions.Districts"/> is not given.</summary>
    public static ReportSection[] For(PlanResult agreement, ReportOptions options)
    {
        if (options.Districts is not { Count: > 0 } districts) return [];
        var matrix = RollUpMatrix.Of(agreement, districts);
        TableColumn[] columns =
        [
            new("Priority", RowHeader: true), new("Agreement", Numeric: true),
            .. matrix.Districts.Select(d => new TableColumn(d, Numeric: true)), new("Districts", Numeric: true),
        ];
        var rows = matrix.Rows.Select(r => (IReadOnlyList<string>)
        [
            r.Title, Cell(r.County), .. r.Ranks.Select(Cell), r.Districts.ToString(CultureInfo.InvariantCulture),
        ]).ToArray();
        var intro = $"The rank of each priority in the plans of the {ReportText.Plural(districts.Count, "partnership", "partnerships")}"
            + " this agreement was rolled up from, and in the agreement; a dash where a plan does not select it.";
        return [new ReportSection("rollup-matrix", "Priorities across the partnerships", new ParagraphBlock(intro),
            new TableBlock("Rank of each priority in each partnership's plan", columns, rows))];
    }

    private static string Cell(int? rank) => rank?.ToString(CultureInfo.InvariantCulture) ?? "–";
}
