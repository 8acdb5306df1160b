namespace Priorities.Results;

/// <summary>Who leads a priority for the partnership.</summary>
/// <param name="Agency">The lead agency, e.g. "Oxford City Council".</param>
/// <param name="Role">The lead officer's role, e.g. "Community Safety Service Manager"; null when not given.</param>
public sealed record PriorityLead(string Agency, string? Role);
