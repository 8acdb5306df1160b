namespace Priorities.Engine.Model;

/// <summary>Which part of a rule set a <see cref="RuleDiagnostic"/> is about.</summary>
public enum RuleElement
{
    /// <summary>The rule set as a whole (for example a duplicated fact type).</summary>
    RuleSet,

    /// <summary>The rule itself: its id or the shape of its patterns.</summary>
    Rule,

    /// <summary>A pattern's fact type or binding name.</summary>
    Pattern,

    /// <summary>A pattern's condition expression.</summary>
    PatternCondition,

    /// <summary>An aggregate pattern's value expression.</summary>
    PatternValue,

    /// <summary>An action's target.</summary>
    Action,

    /// <summary>One value expression of an action.</summary>
    ActionValue,
}
