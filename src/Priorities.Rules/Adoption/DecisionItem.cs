using Priorities.Engine.Diagnostics;

namespace Priorities.Adoption;

/// <summary>A change of the decisions file with the places refusals point at.</summary>
/// <param name="Change">The change as read.</param>
/// <param name="At">Where the change starts.</param>
/// <param name="PriorityAt">Where its <c>priority</c> is written.</param>
/// <param name="ToAt">Where its <c>to</c> is written (or the change, when absent).</param>
internal sealed record DecisionItem(BoardChange Change, SourceLocation At, SourceLocation PriorityAt, SourceLocation ToAt);
