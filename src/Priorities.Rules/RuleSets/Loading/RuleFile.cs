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
    IReadOnlyCollection<object> Unsound);
