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

    /// <summary>The framework of aims, from the root and what it extends or includes.</summary>
    public IReadOnlyList<AimDefinition> Aims { get; init; } = [];

    /// <summary><c>plan</c> or <c>rollup</c> (see <see cref="RuleSetKinds"/>).</summary>
    public string Kind { get; init; } = RuleSetKinds.Plan;

    /// <summary>The root file's <c>partnership</c>: the name of the partnership a roll-up rule set plans for.</summary>
    public string? Partnership { get; init; }

    /// <summary>Where each aim, priority, dimension and rule came from, and what was overridden or removed.</summary>
    public IReadOnlyList<MergeEntry> Merge { get; init; } = [];

    /// <summary>Weights a caller put in place of the file's (sorted by dimension id), or null for none.</summary>
    public IReadOnlyDictionary<string, double>? WeightOverrides { get; init; }
}
