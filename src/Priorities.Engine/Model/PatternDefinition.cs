using Priorities.Engine.Facts;

namespace Priorities.Engine.Model;

/// <summary>
/// One pattern of a rule, in the canonical rule model. Conditions are written in the engine's expression language
/// and may refer to the pattern's own binding and to the bindings of earlier patterns (joins).
/// Create patterns with <see cref="Match"/>, <see cref="NotExists"/>, <see cref="Aggregate"/> or <see cref="Test"/>.
/// </summary>
public sealed class PatternDefinition
{
    private PatternDefinition(PatternKind kind, string binding, string? factType, string? condition, AggregateFunction function, string? element, string? value)
    {
        Kind = kind;
        Binding = binding;
        FactType = factType;
        Condition = string.IsNullOrWhiteSpace(condition) ? null : condition;
        Function = function;
        Element = element;
        Value = value;
    }

    /// <summary>What the pattern asks of working memory.</summary>
    public PatternKind Kind { get; }

    /// <summary>
    /// The name the pattern binds: the matched fact (<see cref="PatternKind.Match"/>), the fact examined by the
    /// condition (<see cref="PatternKind.NotExists"/>) or the aggregate's result (<see cref="PatternKind.Aggregate"/>).
    /// Empty for <see cref="PatternKind.Test"/>.
    /// </summary>
    public string Binding { get; }

    /// <summary>The registered fact type the pattern ranges over; null for <see cref="PatternKind.Test"/>.</summary>
    public string? FactType { get; }

    /// <summary>The condition, or null when every fact of the type qualifies.</summary>
    public string? Condition { get; }

    /// <summary>The aggregate function (only for <see cref="PatternKind.Aggregate"/>).</summary>
    public AggregateFunction Function { get; }

    /// <summary>For aggregates: the name bound to each fact examined by <see cref="Condition"/> and <see cref="Value"/>.</summary>
    public string? Element { get; }

    /// <summary>For sum, min and max: the numeric expression aggregated over matching facts.</summary>
    public string? Value { get; }

    /// <summary>A pattern that binds <paramref name="binding"/> to each fact of <paramref name="factType"/> meeting <paramref name="condition"/>.</summary>
    public static PatternDefinition Match(string binding, string factType, string? condition = null) =>
        new(PatternKind.Match, binding, factType, condition, AggregateFunction.Count, null, null);

    /// <summary>A pattern that holds when no fact of <paramref name="factType"/>, bound as <paramref name="binding"/>, meets <paramref name="condition"/>.</summary>
    public static PatternDefinition NotExists(string binding, string factType, string? condition = null) =>
        new(PatternKind.NotExists, binding, factType, condition, AggregateFunction.Count, null, null);

    /// <summary>
    /// A pattern that binds <paramref name="binding"/> to <paramref name="function"/> over the facts of
    /// <paramref name="factType"/> (each bound as <paramref name="element"/>) that meet <paramref name="condition"/>.
    /// </summary>
    /// <param name="binding">The name of the result.</param>
    /// <param name="function">Count, sum, min or max.</param>
    /// <param name="factType">The fact type aggregated.</param>
    /// <param name="element">The name each examined fact is bound to.</param>
    /// <param name="condition">Which facts count; may refer to earlier bindings.</param>
    /// <param name="value">The numeric value summed or compared (not used by count).</param>
    public static PatternDefinition Aggregate(string binding, AggregateFunction function, string factType, string element, string? condition = null, string? value = null) =>
        new(PatternKind.Aggregate, binding, factType, condition, function, element, value);

    /// <summary>A condition over earlier bindings, aggregates included, checked when the rule is about to fire.</summary>
    public static PatternDefinition Test(string condition) =>
        new(PatternKind.Test, string.Empty, null, condition, AggregateFunction.Count, null, null);
}
