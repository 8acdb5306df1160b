using System.Globalization;
using System.Text;
using Priorities.Results;
using Priorities.RollUps;

namespace Priorities.Host.Cli;

/// <summary>The county agreement as text: its plan, then the priorities × districts matrix of ranks.</summary>
internal static class RollUpTable
{
    public static string Format(PlanResult agreement, IReadOnlyList<PlanResult> districts)
    {
        var text = new StringBuilder("County agreement\n================\n\n").Append(PlanTable.Format(agreement));
        var matrix = RollUpMatrix.Of(agreement, districts);
        var table = new TextTable([">Agreement", "Priority", .. matrix.Districts.Select(d => ">" + d), ">Districts"]).Limit(1, 40);
        foreach (var row in matrix.Rows)
            table.Add([Cell(row.County), row.Title, .. row.Ranks.Select(Cell), Numbers.Format(row.Districts)]);
        text.Append("\nRank of each priority in each partnership's plan ('-': not selected):\n").Append(table.Render("  "));
        return text.ToString();
    }

    private static string Cell(int? rank) => rank?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
