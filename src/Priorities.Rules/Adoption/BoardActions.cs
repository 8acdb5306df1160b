namespace Priorities.Adoption;

/// <summary>The values of <see cref="BoardChange.Action"/>.</summary>
public static class BoardActions
{
    /// <summary>Adds a candidate (not selected, or an evidence gap), or a new priority with a title.</summary>
    public const string Add = "add";

    /// <summary>Takes a priority out of the plan; a statutory duty cannot be removed.</summary>
    public const string Remove = "remove";

    /// <summary>Moves a priority to the rank <c>to</c>.</summary>
    public const string Move = "move";

    /// <summary>Gives a priority another title.</summary>
    public const string Rename = "rename";

    /// <summary>Names the priority's lead.</summary>
    public const string SetLead = "set-lead";

    /// <summary>Replaces the priority's funding lines.</summary>
    public const string SetFunding = "set-funding";

    /// <summary>Every action, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [Add, Remove, Move, Rename, SetLead, SetFunding];
}
