using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Model;

/// <summary>
/// A rule set with its includes merged: the loader's output and the compiler's input. Catalogue entries, fact types
/// and rules come in include order (an included file's before the including file's own), each once.
/// </summary>
/// <param name="Id">The root file's <c>ruleset</c> id.</param>
/// <param name="Version">The root file's version.</param>
/// <param name="Description">The root file's description.</param>
/// <param name="Files">Every file read (full paths), root first, then includes in the order first reached.</param>
/// <param name="Hash">SHA-256 (lowercase hex) over the files' contents in <see cref="Files"/> order.</param>
/// <param name="Priorities">The merged catalogue.</param>
/// <param name="Scoring">The one scoring model of the set.</param>
/// <param name="FactTypes">Declared fact types.</param>
/// <param name="Rules">The merged rules.</param>
/// <param name="Location">Where the root file starts.</param>
internal sealed record RuleSetDocument(
    string Id,
    string Version,
    string? Description,
    IReadOnlyList<string> Files,
    string Hash,
    IReadOnlyList<PriorityDefinition> Priorities,
    ScoringModel Scoring,
    IReadOnlyList<FactTypeDefinition> FactTypes,
    IReadOnlyList<RuleSpec> Rules,
    SourceLocation Location)
{
    /// <summary>Whether any catalogue entry has measures, so that the plan reads their derived statuses back.</summary>
    public bool HasMeasures => Priorities.Any(p => p.Fields.Measures.Count > 0);
}
