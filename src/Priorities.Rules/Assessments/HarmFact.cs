using System.Text.Json.Serialization;

namespace Priorities.Assessments;

/// <summary>How much harm one offence of a category does, such as its Cambridge Crime Harm Index weight.</summary>
public sealed record HarmFact
{
    /// <summary>The category id.</summary>
    public required string Category { get; init; }

    /// <summary>The harm weight of one offence, in <see cref="Unit"/>.</summary>
    public required double Weight { get; init; }

    /// <summary>The unit of <see cref="Weight"/>, such as <c>CCHI days</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>Where the weight came from.</summary>
    public required string Source { get; init; }

    /// <summary>When the weights were published, as <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public string? Date { get; init; }

    /// <summary>Whether the fact is sensitive and must stay out of public reports.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Sensitive { get; init; }
}
