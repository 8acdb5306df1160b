namespace Priorities.Adoption;

/// <summary>The meeting at which a board decided on a proposal.</summary>
/// <param name="Body">The board or committee, e.g. "Safer Oxford Partnership Board".</param>
/// <param name="Date">The day of the meeting, <c>YYYY-MM-DD</c>.</param>
/// <param name="Minute">The minute reference of the decision, e.g. "SOP/24/17".</param>
public sealed record BoardMeeting(string Body, string Date, string Minute);
