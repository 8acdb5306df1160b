using System.Text.Json.Serialization;

namespace Priorities.Assessments;

/// <summary>
/// How a partnership's rate of one category compares: against the England and Wales rate, among all partnerships
/// with a rate, and among its nearest areas (such as <c>import ons-csp --all</c> writes from ONS table C2, the census
/// population and the ONS "areas near you" list). Every measure is optional: unknown when absent, never 0.
/// </summary>
public sealed record ComparisonFact
{
    /// <summary>The category id, as in <see cref="VolumeFact.Category"/>.</summary>
    public required string Category { get; init; }

    /// <summary>The area (partnership) the rate is for.</summary>
    public string? Area { get; init; }

    /// <summary>Recorded offences a year per 1,000 residents of the area.</summary>
    public double? Rate { get; init; }

    /// <summary>The England and Wales rate per 1,000 residents of the same table.</summary>
    public double? NationalRate { get; init; }

    /// <summary>The rate over the England and Wales rate (1.4: 40% above it).</summary>
    public double? Ratio { get; init; }

    /// <summary>The rate's percentile among all partnerships with a rate: 0 the lowest, 100 the highest.</summary>
    public double? Percentile { get; init; }

    /// <summary>How many partnerships have a rate, the base of <see cref="Percentile"/>.</summary>
    public int? Partnerships { get; init; }

    /// <summary>The rate's place among the area and its nearest areas: 1 the highest, up to <see cref="NeighbourCount"/> + 1.</summary>
    public int? NeighbourRank { get; init; }

    /// <summary>How many nearest areas with a rate it is compared with (usually 10).</summary>
    public int? NeighbourCount { get; init; }

    /// <summary>The months the rates cover, as <c>YYYY-MM..YYYY-MM</c>.</summary>
    public string? Period { get; init; }

    /// <summary>Where the figures came from.</summary>
    public required string Source { get; init; }

    /// <summary>Whether the fact is sensitive and must stay out of public reports.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Sensitive { get; init; }
}
