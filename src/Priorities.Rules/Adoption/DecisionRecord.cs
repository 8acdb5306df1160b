using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Results;

namespace Priorities.Adoption;

/// <summary>
/// What a board adopted: the proposal it started from (by rule set and hashes), the meeting, every change with its
/// reason, and the adopted plan. Written as canonical JSON by <see cref="DecisionRecordSerializer"/>, so the same
/// inputs always give the same bytes; next year's assessment names it in its <c>history</c>.
/// </summary>
public sealed record DecisionRecord
{
    /// <summary>The value of <see cref="Format"/> this version writes and reads.</summary>
    public const string CurrentFormat = HistoryRecord.Format;

    /// <summary>The record format and its version: <see cref="CurrentFormat"/>.</summary>
    public required string Format { get; init; }

    /// <summary>The year the plan was adopted: the year of the meeting's date.</summary>
    public required int Year { get; init; }

    /// <summary>The partnership whose plan it is.</summary>
    public required Partnership Partnership { get; init; }

    /// <summary>The assessment period of the proposal.</summary>
    public required AssessmentPeriod Period { get; init; }

    /// <summary>The rule set that made the proposal: id, version and SHA-256 of its files.</summary>
    public required RuleSetInfo RuleSet { get; init; }

    /// <summary>SHA-256 (lowercase hex) of the assessment the proposal was made from, as the proposal gives it.</summary>
    public required string AssessmentSha256 { get; init; }

    /// <summary>SHA-256 (lowercase hex) of the proposal file's bytes.</summary>
    public required string ProposalSha256 { get; init; }

    /// <summary>The meeting that made the decisions.</summary>
    public required BoardMeeting Meeting { get; init; }

    /// <summary>The board's changes to the proposal, in the order they were applied.</summary>
    public required IReadOnlyList<BoardChange> Changes { get; init; }

    /// <summary>The adopted plan, by rank.</summary>
    public required IReadOnlyList<AdoptedPriority> Adopted { get; init; }
}
