namespace Priorities.Results;

/// <summary>
/// A measure's target: an absolute <paramref name="Value"/> or a <paramref name="ChangePct"/> from the baseline (one of
/// the two is given), to be met by <paramref name="By"/>; <paramref name="Resolved"/> is the value it comes to.
/// </summary>
/// <param name="Value">The target value, when the target is absolute.</param>
/// <param name="ChangePct">The target change from the baseline in percent (negative for a fall), when relative.</param>
/// <param name="By">The period by which it is to be met (e.g. <c>2025/26</c>).</param>
/// <param name="Resolved">The target value: <paramref name="Value"/>, or the baseline moved by the change.</param>
public sealed record MeasureTarget(double? Value, double? ChangePct, string By, double Resolved);
