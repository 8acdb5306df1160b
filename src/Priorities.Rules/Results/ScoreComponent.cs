using System.Text.Json.Serialization;

namespace Priorities.Results;

/// <summary>One dimension of a priority's score.</summary>
/// <param name="Dimension">The dimension's id.</param>
/// <param name="Raw">The combined raw value the rules gave, or null when none did.</param>
/// <param name="Score">
/// The raw value's band, lookup or plain score (the dimension's explicit missing score when no raw value; 0 when the
/// dimension has no evidence).
/// </param>
/// <param name="Weight">The dimension's weight.</param>
/// <param name="Contribution">What it adds to the total; the contributions add up to the total.</param>
/// <param name="Sensitive">
/// Whether the raw value came from evidence marked sensitive: a public view keeps the score and contribution (the
/// plan stays the same plan) but not the raw value. Written to JSON only when true.
/// </param>
/// <param name="Evidence">
/// <c>known</c> when the score rests on evidence (a raw value, or the dimension's explicit missing score),
/// <c>missing</c> when it does not: the dimension then contributes 0 and the others are rescaled to the full weight
/// (see <see cref="EvidenceState"/>).
/// </param>
public sealed record ScoreComponent(
    string Dimension,
    double? Raw,
    double Score,
    double Weight,
    double Contribution,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Sensitive = false,
    string Evidence = EvidenceState.Known);
