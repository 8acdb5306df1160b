using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Model;

/// <summary>An item of a file's <c>remove:</c> list: a priority of the rule set it extends that this one drops.</summary>
/// <param name="Id">The priority's id.</param>
/// <param name="Location">Where the item is written.</param>
internal sealed record PriorityRemoval(string Id, SourceLocation Location);
