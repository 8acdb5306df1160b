using Priorities.Assessments;
using Priorities.Import.Population;

namespace Priorities.Import.Ons;

/// <summary>
/// Each partnership's rates per 1,000 residents and how they compare: against the England and Wales rate (the
/// table's count of every row that is not a force total over the residents of every district of the population
/// table), as a percentile among all partnerships with a rate, and as a rank among its nearest areas. Holds one rate
/// per partnership and category, never an assessment.
/// </summary>
internal sealed class NationalComparisons
{
    /// <summary>How many nearest partnerships a partnership is ranked among.</summary>
    public const int NearestAreas = 10;

    private readonly IReadOnlyList<string> _categories;
    private readonly double?[][] _rates;
    private readonly double?[] _national;
    private readonly double[][] _sorted;
    private readonly PopulationAssignment _assignment;
    private readonly NeighbourTable _neighbours;
    private readonly Dictionary<string, int> _owners = new(StringComparer.OrdinalIgnoreCase);

    public NationalComparisons(IReadOnlyList<string> categories, IReadOnlyList<int?[]> counts, PopulationAssignment assignment,
        NeighbourTable neighbours, IReadOnlyDictionary<string, long> totals, IReadOnlySet<string> incomplete, long residents)
    {
        _categories = categories;
        _assignment = assignment;
        _neighbours = neighbours;
        _rates = counts.Select((row, i) => row.Select(count => Rate(count, assignment.PopulationOf(i))).ToArray()).ToArray();
        _national = categories.Select(c => residents > 0 && totals.TryGetValue(c, out var total) && !incomplete.Contains(c)
            ? total * 1000.0 / residents : (double?)null).ToArray();
        _sorted = categories.Select((_, c) => _rates.Select(r => r[c]).OfType<double>().Order().ToArray()).ToArray();
        for (var i = 0; i < counts.Count; i++)
            foreach (var district in assignment.DistrictsOf(i) ?? []) _owners[district] = i;
    }

    /// <summary>A count a year per 1,000 residents; unknown without a count or a population.</summary>
    public static double? Rate(int? count, int? population) =>
        count is { } c && population is { } p && p > 0 ? c * 1000.0 / p : null;

    /// <summary>The comparisons of partnership <paramref name="index"/>, one per category it has a rate for.</summary>
    public IReadOnlyList<ComparisonFact> Of(int index, string area, string period, string source)
    {
        if (_assignment.PopulationOf(index) is null) return [];
        var nearest = Nearest(index);
        var facts = new List<ComparisonFact>();
        for (var c = 0; c < _categories.Count; c++)
        {
            if (_rates[index][c] is not { } rate) continue;
            var ranked = nearest?.Select(n => _rates[n][c]).OfType<double>().ToList();
            facts.Add(new ComparisonFact
            {
                Category = _categories[c], Area = area, Rate = rate, NationalRate = _national[c],
                Ratio = _national[c] is { } national ? rate / national : null,
                Percentile = Percentile(_sorted[c], rate), Partnerships = _sorted[c].Length,
                NeighbourRank = ranked is { Count: > 0 } ? 1 + ranked.Count(r => r > rate) : null,
                NeighbourCount = ranked?.Count, Period = period, Source = source,
            });
        }
        return facts;
    }

    /// <summary>
    /// 0 for the lowest rate, 100 for the highest: the partnerships below it plus half of those tied with it (itself
    /// left out), over all the others; unknown when it is the only one.
    /// </summary>
    public static double? Percentile(double[] sorted, double rate)
    {
        if (sorted.Length < 2) return null;
        var below = LowerBound(sorted, rate);
        var tied = LowerBound(sorted, Math.BitIncrement(rate)) - below - 1;
        return 100.0 * (below + tied / 2.0) / (sorted.Length - 1);
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] < value) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>
    /// Up to <see cref="NearestAreas"/> other partnerships with a population, nearest first: the partnerships of its
    /// districts' nearest districts, taken position by position across its districts; null when the nearest-areas
    /// table has none of its districts.
    /// </summary>
    private List<int>? Nearest(int index)
    {
        var own = _assignment.DistrictsOf(index)!;
        var lists = own.Select(_neighbours.Of).Where(l => l.Count > 0).ToList();
        if (lists.Count == 0) return null;
        var nearest = new List<int>();
        for (var position = 0; nearest.Count < NearestAreas && lists.Any(l => position < l.Count); position++)
            foreach (var district in lists.Where(l => position < l.Count).Select(l => l[position]))
                if (_owners.TryGetValue(district, out var owner) && owner != index && !nearest.Contains(owner) && nearest.Count < NearestAreas)
                    nearest.Add(owner);
        return nearest;
    }
}
