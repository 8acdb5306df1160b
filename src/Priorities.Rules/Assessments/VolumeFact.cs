using System.Text.Json.Serialization;

namespace Priorities.Assessments;

/// <summary>A recorded-crime volume from a published table, such as ONS table C2 by Community Safety Partnership.</summary>
public sealed record VolumeFact
{
    /// <summary>The category id: a data.police.uk slug where the table's offence group matches one, otherwise our own.</summary>
    public required string Category { get; init; }

    /// <summary>The area (partnership) the count is for.</summary>
    public required string Area { get; init; }

    /// <summary>The ONS code of the area, when the table gives one.</summary>
    public string? AreaCode { get; init; }

    /// <summary>The number of recorded crimes.</summary>
    public required int Count { get; init; }

    /// <summary>The months the count covers, as <c>YYYY-MM..YYYY-MM</c>.</summary>
    public required string Period { get; init; }

    /// <summary>Where the count is for, one of <see cref="Geographies"/>; absent: <c>local</c>.</summary>
    public string? Geography { get; init; }

    /// <summary>Where the count came from.</summary>
    public required string Source { get; init; }

    /// <summary>Whether the fact is sensitive and must stay out of public reports.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Sensitive { get; init; }
}
