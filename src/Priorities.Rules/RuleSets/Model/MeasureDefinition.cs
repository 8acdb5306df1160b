using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Model;

/// <summary>A measure of a catalogue entry, as read, with where it is written.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="Priority">The id of the priority it measures.</param>
/// <param name="Location">Where its entry starts.</param>
/// <param name="IdLocation">Where its id value is written.</param>
internal sealed record MeasureDefinition(CatalogueMeasure Measure, string Priority, SourceLocation Location, SourceLocation IdLocation)
{
    /// <summary>The measure's id.</summary>
    public string Id => Measure.Id;
}
