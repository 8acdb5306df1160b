using Priorities.Results;

namespace Priorities.Reports.Tests;

/// <summary>The items of one generated candidate (see <see cref="SensitivePlan"/>).</summary>
internal sealed class Parts
{
    public List<Evidence> Evidence { get; } = [];

    public List<FiredRule> Rules { get; } = [];

    public List<ScoreComponent> Breakdown { get; } = [];

    public List<string> Lines { get; } = [];

    public List<string> Marked { get; } = [];
}
