using System.Text.Json.Serialization;

namespace Priorities.Results;

/// <summary>One dimension of a priority's score.</summary>
/// <param name="Dimension">The dimension's id.</param>
/// <param name="Raw">The combined raw value the rules gave, or null when none did.</param>
/// <param name="Score">The raw value's band, lookup or plain score (the dimension's missing score when no raw value).</param>
/// <param name="Weight">The dimension's weight.</param>
/// <param name="Contribution">What it adds to the total; the contributions add up to the total.</param>
/// <param name="Sensitive">
/// Whether the raw value came from evidence marked sensitive: a public view keeps the score and contribution (the
/// plan stays the same plan) but not the raw value. Written to JSON only when true.
/// </param>
public sealed record ScoreComponent(
    string Dimension,
    double? Raw,
    double Score,
    double Weight,
    double Contribution,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Sensitive = false);
