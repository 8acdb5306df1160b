using System.Text.Json.Serialization;

namespace Priorities.Assessments;

/// <summary>How much a category worries residents, from a survey or consultation.</summary>
public sealed record ConcernFact
{
    /// <summary>The category id.</summary>
    public required string Category { get; init; }

    /// <summary>A level of concern from 1 (low) to 5 (high), when the source grades it.</summary>
    public int? Level { get; init; }

    /// <summary>The share of respondents concerned, from 0 to 1, when the source measures it.</summary>
    public double? Share { get; init; }

    /// <summary>Where the measure came from (survey, question and population).</summary>
    public required string Source { get; init; }

    /// <summary>Whom the measure is for, one of <see cref="Geographies"/> (a national survey is <c>national</c>); absent: <c>local</c>.</summary>
    public string? Geography { get; init; }

    /// <summary>When it was measured, as <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public string? Date { get; init; }

    /// <summary>Whether the fact is sensitive and must stay out of public reports.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Sensitive { get; init; }
}
