using Priorities.Engine.Diagnostics;
using Priorities.Results;

namespace Priorities.RuleSets.Model;

/// <summary>A measure of a catalogue entry, as read, with where it is written.</summary>
/// <param name="Id">Its id, unique in the rule set; the assessment's <c>actuals</c> name it.</param>
/// <param name="Title">Its title, as a board reads it.</param>
/// <param name="Unit">Its unit, e.g. <c>offences</c> or <c>%</c>.</param>
/// <param name="Direction"><c>down</c> when lower is better, <c>up</c> when higher is better.</param>
/// <param name="Baseline">The value it is measured from, and its period; null when none is given (absolute targets only).</param>
/// <param name="Target">The target, with the value it resolves to.</param>
/// <param name="Priority">The id of the priority it measures.</param>
/// <param name="Location">Where its entry starts.</param>
/// <param name="IdLocation">Where its id value is written.</param>
internal sealed record MeasureDefinition(
    string Id,
    string Title,
    string Unit,
    string Direction,
    MeasurePoint? Baseline,
    MeasureTarget Target,
    string Priority,
    SourceLocation Location,
    SourceLocation IdLocation);
