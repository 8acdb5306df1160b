using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Model;

/// <summary>
/// An item of a file's <c>override:</c> list: new values for some fields of a priority of the rule set it extends.
/// A null field is left as the extended rule set has it.
/// </summary>
/// <param name="Id">The priority it changes.</param>
/// <param name="Title">A new title.</param>
/// <param name="Theme">A new theme.</param>
/// <param name="Covers">New covered categories.</param>
/// <param name="Aim">A new aim.</param>
/// <param name="Description">A new description.</param>
/// <param name="Location">Where the item starts.</param>
internal sealed record PriorityOverride(
    string Id,
    string? Title,
    string? Theme,
    IReadOnlyList<string>? Covers,
    string? Aim,
    string? Description,
    SourceLocation Location)
{
    /// <summary>The names of the fields it changes, in a fixed order.</summary>
    public IReadOnlyList<string> Fields =>
        new (string Name, bool Set)[]
        {
            ("title", Title is not null), ("theme", Theme is not null), ("covers", Covers is not null),
            ("aim", Aim is not null), ("description", Description is not null),
        }.Where(f => f.Set).Select(f => f.Name).ToArray();

    /// <summary>The priority with this override's fields applied.</summary>
    public PriorityDefinition Apply(PriorityDefinition priority) => priority with
    {
        Title = Title ?? priority.Title,
        Theme = Theme ?? priority.Theme,
        Covers = Covers ?? priority.Covers,
        Description = Description ?? priority.Description,
        Aim = Aim ?? priority.Aim,
    };
}
