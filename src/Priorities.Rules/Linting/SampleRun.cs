using Priorities.Results;

namespace Priorities.Linting;

/// <summary>One sample's evaluation.</summary>
/// <param name="Name">The sample's partnership and period, for messages.</param>
/// <param name="Plan">Its plan.</param>
/// <param name="Fired">The ids of the rules that fired on it.</param>
internal sealed record SampleRun(string Name, PlanResult Plan, IReadOnlySet<string> Fired);
