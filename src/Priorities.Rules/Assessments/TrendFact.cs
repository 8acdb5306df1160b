using System.Text.Json.Serialization;

namespace Priorities.Assessments;

/// <summary>
/// The count of one category in one area for the assessment's period, against its previous period.
/// </summary>
/// <remarks>
/// Importers set <see cref="SmallNumbers"/> when the counts are too low for a percentage change to mean anything;
/// the police.uk importer's rule is: both counts below 20, or the previous count below 10.
/// </remarks>
public sealed record TrendFact
{
    /// <summary>The category id (a data.police.uk API slug such as <c>burglary</c>, or our own such as <c>domestic-abuse</c>).</summary>
    public required string Category { get; init; }

    /// <summary>The area, one of the partnership's areas.</summary>
    public required string Area { get; init; }

    /// <summary>The count in the current period.</summary>
    public required int Count { get; init; }

    /// <summary>The count in the previous period.</summary>
    public required int PreviousCount { get; init; }

    /// <summary>The change in count: <c>count - previousCount</c>.</summary>
    public required int Change { get; init; }

    /// <summary>The change as a percentage of the previous count, to one decimal place; absent when the previous count is 0.</summary>
    public double? ChangePct { get; init; }

    /// <summary>
    /// The months <see cref="Count"/> covers, as <c>YYYY-MM..YYYY-MM</c>; absent: the assessment's period. Rules read
    /// its length as <c>months</c> and the count scaled to a year as <c>annualCount</c>.
    /// </summary>
    public string? Period { get; init; }

    /// <summary>The months <see cref="PreviousCount"/> covers, as <c>YYYY-MM..YYYY-MM</c>; absent: the assessment's previous period.</summary>
    public string? PreviousPeriod { get; init; }

    /// <summary>
    /// How the previous window stands to the current one, one of <see cref="TrendComparisons"/>; absent: told from
    /// the two periods. A comparison that is not year on year is quoted with a caveat (seasonal change).
    /// </summary>
    public string? Comparison { get; init; }

    /// <summary>Where the counts are for, one of <see cref="Geographies"/>; absent: <c>local</c>.</summary>
    public string? Geography { get; init; }

    /// <summary>The count per 1,000 residents in the period (not annualised), when the population is known.</summary>
    public double? RatePer1000 { get; init; }

    /// <summary>Monthly counts over a longer run, oldest first, when the importer was asked for them.</summary>
    public IReadOnlyList<SeriesPoint>? Series { get; init; }

    /// <summary>Whether the counts are too small for the percentage change to mean anything.</summary>
    public bool SmallNumbers { get; init; }

    /// <summary>Where the counts came from.</summary>
    public required string Source { get; init; }

    /// <summary>Whether the fact is sensitive and must stay out of public reports.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Sensitive { get; init; }
}
