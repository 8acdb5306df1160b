using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Model;

/// <summary>A rule's <c>then</c>.</summary>
/// <param name="Propose">The catalogue id or <c>priority</c> binding proposed, or null.</param>
/// <param name="ProposeLocation">Where <c>propose</c>'s value is written.</param>
/// <param name="Mandatory">Whether the proposed priority is a statutory duty.</param>
/// <param name="Scores">Raw values per dimension, in written order.</param>
/// <param name="Because">The board-readable template, with <c>{EXPR}</c> placeholders.</param>
/// <param name="Derive">Facts to derive.</param>
internal sealed record RuleConsequence(
    string? Propose,
    SourceLocation? ProposeLocation,
    bool Mandatory,
    IReadOnlyList<ScoreSpec> Scores,
    SourceText? Because,
    IReadOnlyList<DeriveSpec> Derive);
