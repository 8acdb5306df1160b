namespace Priorities.Results;

/// <summary>The values of <see cref="ProposedPriority.Status"/> and <see cref="EvidenceGap.Status"/>.</summary>
public static class PriorityStatus
{
    /// <summary>In no plan of the plan history.</summary>
    public const string New = "new";

    /// <summary>In last year's plan too (and see <see cref="ProposedPriority.Since"/>).</summary>
    public const string Continuing = "continuing";

    /// <summary>Not in last year's plan, but in an earlier one of the plan history.</summary>
    public const string Returning = "returning";

    /// <summary>
    /// In last year's plan, but with too little evidence to be assessed this year (see <see cref="EvidenceGap"/>): not
    /// assessed, evidence missing; never reported as dropped.
    /// </summary>
    public const string NotAssessed = "not-assessed";
}
