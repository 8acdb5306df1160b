using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Model;

/// <summary>One item of a rule's <c>when</c>.</summary>
/// <param name="Form">Which form it is.</param>
/// <param name="FactType">The fact type (empty for <see cref="PatternForm.Test"/>).</param>
/// <param name="FactTypeLocation">Where the fact type's name is written.</param>
/// <param name="Binding">The binding name (<c>as</c>, defaulting to the fact type; empty for test).</param>
/// <param name="Each">For aggregates: the name of each examined fact (<c>each</c>, defaulting to the fact type).</param>
/// <param name="Where">The condition (<c>where</c>, or the <c>test</c> expression), or null.</param>
/// <param name="Of">For sum, min and max: the value aggregated.</param>
/// <param name="Location">Where the item starts.</param>
internal sealed record PatternSpec(
    PatternForm Form,
    string FactType,
    SourceLocation FactTypeLocation,
    string Binding,
    string? Each,
    SourceText? Where,
    SourceText? Of,
    SourceLocation Location);
