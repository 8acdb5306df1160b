using Priorities.Results;

namespace Priorities.Adoption;

/// <summary>A priority of the adopted plan, with the figures of the proposal and what the board set.</summary>
public sealed record AdoptedPriority
{
    /// <summary>Its rank in the adopted plan, from 1.</summary>
    public required int Rank { get; init; }

    /// <summary>The priority id.</summary>
    public required string Id { get; init; }

    /// <summary>Its title (the board's, when renamed).</summary>
    public required string Title { get; init; }

    /// <summary>Where it came from: <c>proposed</c>, <c>not-selected</c>, <c>evidence-gap</c> or <c>board</c>.</summary>
    public required string Origin { get; init; }

    /// <summary>Whether it is a statutory duty the plan must include.</summary>
    public bool Mandatory { get; init; }

    /// <summary>Its score in the proposal; null for a priority the board added from outside it.</summary>
    public double? Score { get; init; }

    /// <summary>
    /// The raw values of its score breakdown in the proposal (dimensions with a raw value only; none from evidence
    /// marked sensitive, so next year's "what changed" never quotes one).
    /// </summary>
    public IReadOnlyList<RawScore> Raw { get; init; } = [];

    /// <summary>Its lead, as proposed or as the board set it.</summary>
    public PriorityLead? Lead { get; init; }

    /// <summary>Its funding lines, as proposed or as the board set them.</summary>
    public IReadOnlyList<FundingLine> Funding { get; init; } = [];
}
