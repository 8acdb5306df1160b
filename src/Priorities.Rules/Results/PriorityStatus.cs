namespace Priorities.Results;

/// <summary>The values of <see cref="ProposedPriority.Status"/>.</summary>
public static class PriorityStatus
{
    /// <summary>Not in last year's plan.</summary>
    public const string New = "new";

    /// <summary>In last year's plan too.</summary>
    public const string Continuing = "continuing";
}
