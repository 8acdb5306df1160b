namespace Priorities.Results;

/// <summary>A priority of last year's plan that this plan does not carry on.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title, when the catalogue has it.</param>
/// <param name="Reason">Why it dropped, in plain English.</param>
/// <param name="LastAdopted">The year of the last plan that adopted it; null when the history gives no year.</param>
public sealed record DroppedPriority(string Id, string? Title, string Reason, int? LastAdopted = null);
