using Priorities.Engine.Runtime;

namespace Priorities.Engine.Model;

/// <summary>
/// A production rule in the canonical rule model: an id, a salience, patterns over typed facts and actions.
/// Rules with higher salience fire first; equal salience fires in the order rules were added.
/// </summary>
public sealed class RuleDefinition
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">A unique, non-empty id.</param>
    /// <param name="patterns">One or more patterns; at least one must be <see cref="PatternKind.Match"/>.</param>
    /// <param name="actions">What the rule does when it fires.</param>
    /// <param name="salience">Priority on the agenda; higher fires first.</param>
    /// <param name="tags">Free labels carried to the results.</param>
    public RuleDefinition(string id, IEnumerable<PatternDefinition> patterns, IEnumerable<ActionDefinition> actions, int salience = 0, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(actions);
        Id = id ?? string.Empty;
        Patterns = patterns.ToArray();
        Actions = actions.ToArray();
        Salience = salience;
        Tags = tags?.ToArray() ?? [];
    }

    /// <summary>The rule's id.</summary>
    public string Id { get; }

    /// <summary>Agenda priority; higher fires first.</summary>
    public int Salience { get; }

    /// <summary>The patterns, in order.</summary>
    public IReadOnlyList<PatternDefinition> Patterns { get; }

    /// <summary>The actions, in order.</summary>
    public IReadOnlyList<ActionDefinition> Actions { get; }

    /// <summary>Free labels.</summary>
    public IReadOnlyList<string> Tags { get; }
}
