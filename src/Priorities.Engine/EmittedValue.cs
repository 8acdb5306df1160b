namespace Priorities.Engine;

/// <summary>
/// A value that an emit action of a compiled rule produces, with the type its expression was checked to have. The
/// engine types emitted values but does not constrain them; callers that need more (for example, scores that must be
/// numbers) read these from <see cref="CompiledRuleSet.GetEmittedValues"/>.
/// </summary>
/// <param name="Action">The emit action, counting emit actions only (as in <c>Firing.Output(action)</c>).</param>
/// <param name="Record">The name of the record the action emits.</param>
/// <param name="Name">The value's name within the record.</param>
/// <param name="Type">
/// The type's name as diagnostics write it: bool, int, number, string, list(string) or list(number).
/// </param>
/// <param name="IsNumeric">True for int and number values.</param>
public sealed record EmittedValue(int Action, string Record, string Name, string Type, bool IsNumeric);
