using System.Globalization;

namespace Priorities.Evaluation;

/// <summary>
/// A comparison's place among its nearest areas in words, such as <c>2nd highest of its 10 nearest areas</c> (rank 2
/// among the area and those 10); empty when the rank is unknown or there are no nearest areas to rank among.
/// </summary>
internal static class NeighbourPlace
{
    public static string Of(int? rank, int? count)
    {
        if (rank is not { } r || count is not { } n || n < 1 || r < 1 || r > n + 1) return string.Empty;
        var areas = n == 1 ? "its nearest area" : $"its {n.ToString("#,##0", CultureInfo.InvariantCulture)} nearest areas";
        if (r == n + 1) return $"lowest of {areas}";
        return r == 1 ? $"highest of {areas}" : $"{Ordinal(r)} highest of {areas}";
    }

    /// <summary>1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, …, 21st.</summary>
    public static string Ordinal(int number)
    {
        var suffix = (number % 100) is >= 11 and <= 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return number.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
