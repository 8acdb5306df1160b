namespace Priorities.RuleSets.Model;

/// <summary>What became of an item of a rule set when its files were merged.</summary>
public enum MergeAction
{
    /// <summary>Taken as declared.</summary>
    Kept,

    /// <summary>A priority whose fields a file that extends its rule set changed (<c>override:</c>).</summary>
    Overridden,

    /// <summary>A priority a file that extends its rule set dropped (<c>remove:</c>), or a rule that proposed it.</summary>
    Removed,
}
