using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Model;

/// <summary>A half-open band of raw values, <c>From ≤ raw &lt; To</c>, and the score it maps to.</summary>
/// <param name="From">The inclusive lower end, or null for no lower end.</param>
/// <param name="To">The exclusive upper end, or null for no upper end.</param>
/// <param name="Score">The score of raw values in the band.</param>
/// <param name="Location">Where the band is written.</param>
internal sealed record Band(double? From, double? To, double Score, SourceLocation Location)
{
    public bool Contains(double raw) => (From is null || raw >= From) && (To is null || raw < To);
}
