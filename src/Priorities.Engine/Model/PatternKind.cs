namespace Priorities.Engine.Model;

/// <summary>What a pattern of a rule asks of working memory.</summary>
public enum PatternKind
{
    /// <summary>Binds a fact of the pattern's type that meets its condition; one activation per combination of matched facts.</summary>
    Match,

    /// <summary>Holds when no fact of the pattern's type meets its condition (negation).</summary>
    NotExists,

    /// <summary>Binds a number computed over every fact of the pattern's type that meets its condition (count, sum, min, max).</summary>
    Aggregate,

    /// <summary>A condition over the bindings of earlier patterns, evaluated when the rule is about to fire.</summary>
    Test,
}
