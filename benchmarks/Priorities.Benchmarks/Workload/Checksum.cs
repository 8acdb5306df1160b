using System.Globalization;

namespace Priorities.Benchmarks.Workload;

/// <summary>
/// The checksum of one evaluation: the number of contributions, the sum of their points with two
/// decimals, and the (Category, Area) with the highest summed points with one decimal; ties are
/// broken by category, then area, in ordinal order.
/// </summary>
public sealed record Checksum(int Contributions, string Total, string Top)
{
    public static Checksum Compute(IReadOnlyCollection<Contribution> contributions)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        var total = 0.0;
        var byCell = new Dictionary<(string Category, string Area), double>();
        foreach (var contribution in contributions)
        {
            total += contribution.Points;
            var key = (contribution.Category, contribution.Area);
            byCell[key] = byCell.GetValueOrDefault(key) + contribution.Points;
        }

        var top = FindTop(byCell);
        var topText = top is { } cell ? FormatTop(cell.Category, cell.Area, cell.Points) : "(none)";
        return new Checksum(contributions.Count, FormatTotal(total), topText);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{Contributions:N0} / {Total} / {Top}");

    private static (string Category, string Area, double Points)? FindTop(
        Dictionary<(string Category, string Area), double> byCell)
    {
        (string Category, string Area, double Points)? best = null;
        foreach (var ((category, area), points) in byCell)
        {
            if (best is not { } current || IsBetter(category, area, points, current))
            {
                best = (category, area, points);
            }
        }

        return best;
    }

    private static bool IsBetter(string category, string area, double points, (string Category, string Area, double Points) current)
    {
        if (points != current.Points)
        {
            return points > current.Points;
        }

        var byCategory = string.CompareOrdinal(category, current.Category);
        return byCategory != 0 ? byCategory < 0 : string.CompareOrdinal(area, current.Area) < 0;
    }

    private static string FormatTotal(double total) => total.ToString("F2", CultureInfo.InvariantCulture);

    private static string FormatTop(string category, string area, double points) => string.Create(
        CultureInfo.InvariantCulture, $"{category}/{area}: {points:F1}");
}
