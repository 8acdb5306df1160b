using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Loading;

/// <summary>One rule file as read, before its includes are merged.</summary>
/// <param name="Path">The full path.</param>
/// <param name="Text">The file's text (hashed).</param>
/// <param name="Id">The <c>ruleset</c> id, if valid.</param>
/// <param name="Version">The version, if valid.</param>
/// <param name="Description">The description, if any.</param>
/// <param name="Includes">The files it includes, as written.</param>
/// <param name="Priorities">Its catalogue entries.</param>
/// <param name="Scoring">Its scoring model, if it has one.</param>
/// <param name="FactTypes">Its declared fact types.</param>
/// <param name="Rules">Its rules.</param>
/// <param name="Location">Where the file starts.</param>
/// <param name="Unsound">Its rules and fact types that had errors inside them, so cannot be checked further.</param>
internal sealed record RuleFile(
    string Path,
    string Text,
    string? Id,
    string? Version,
    string? Description,
    IReadOnlyList<IncludeReference> Includes,
    IReadOnlyList<PriorityDefinition> Priorities,
    ScoringModel? Scoring,
    IReadOnlyList<FactTypeDefinition> FactTypes,
    IReadOnlyList<RuleSpec> Rules,
    SourceLocation Location,
    IReadOnlyCollection<object> Unsound)
{
    /// <summary>The file it extends (<c>extends:</c>), as written, if any.</summary>
    public IncludeReference? Extends { get; init; }

    /// <summary>Its framework of aims.</summary>
    public IReadOnlyList<AimDefinition> Aims { get; init; } = [];

    /// <summary>Its changes to priorities of the rule set it extends.</summary>
    public IReadOnlyList<PriorityOverride> Overrides { get; init; } = [];

    /// <summary>The priorities of the rule set it extends that it drops.</summary>
    public IReadOnlyList<PriorityRemoval> Removals { get; init; } = [];

    /// <summary>Its <c>partnership</c>: whose agreement a roll-up rule set makes, if it names one.</summary>
    public string? Partnership { get; init; }

    /// <summary>Its <c>kind</c>: <c>plan</c> (the default) or <c>rollup</c>; null when not written.</summary>
    public string? Kind { get; init; }
}
