namespace Priorities.Adoption;

/// <summary>
/// A decisions file as read: the meeting (null when it has errors) and the changes that read, in written order.
/// </summary>
internal sealed record Decisions(BoardMeeting? Meeting, IReadOnlyList<DecisionItem> Items);
