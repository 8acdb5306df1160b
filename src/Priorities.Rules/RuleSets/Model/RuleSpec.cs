using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Model;

/// <summary>A rule as written in a rule file.</summary>
/// <param name="Id">The rule's id, unique across the rule set and its includes.</param>
/// <param name="Description">What the rule is for, if given.</param>
/// <param name="Salience">Agenda priority; higher fires first.</param>
/// <param name="Tags">Free labels.</param>
/// <param name="When">The patterns, in order.</param>
/// <param name="Then">The consequence.</param>
/// <param name="Location">Where the rule starts.</param>
internal sealed record RuleSpec(
    string Id,
    string? Description,
    int Salience,
    IReadOnlyList<string> Tags,
    IReadOnlyList<PatternSpec> When,
    RuleConsequence Then,
    SourceLocation Location);
