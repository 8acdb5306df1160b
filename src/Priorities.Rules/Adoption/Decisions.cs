namespace Priorities.Adoption;

/// <summary>A decisions file as read: the meeting and the changes in written order.</summary>
internal sealed record Decisions(BoardMeeting Meeting, IReadOnlyList<DecisionItem> Items);
