using Priorities.Results;

namespace Priorities.Adoption;

/// <summary>One change a board made to a proposal, with its reason (see <see cref="BoardActions"/>).</summary>
public sealed record BoardChange
{
    /// <summary>What was done: <c>add</c>, <c>remove</c>, <c>move</c>, <c>rename</c>, <c>set-lead</c> or <c>set-funding</c>.</summary>
    public required string Action { get; init; }

    /// <summary>The priority id it applies to.</summary>
    public required string Priority { get; init; }

    /// <summary>For <c>move</c> (and optionally <c>add</c>): the rank it takes, from 1.</summary>
    public int? To { get; init; }

    /// <summary>For <c>rename</c>, and <c>add</c> of a priority that was no candidate: its title.</summary>
    public string? Title { get; init; }

    /// <summary>For <c>set-lead</c>: the new lead.</summary>
    public PriorityLead? Lead { get; init; }

    /// <summary>For <c>set-funding</c>: the funding lines that replace the priority's.</summary>
    public IReadOnlyList<FundingLine>? Funding { get; init; }

    /// <summary>Why the board made it.</summary>
    public required string Reason { get; init; }

    /// <summary>The minute reference of this change, when it has its own.</summary>
    public string? Minute { get; init; }
}
