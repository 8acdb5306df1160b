namespace Priorities.Results;

/// <summary>A line of funding for a priority, as in a community safety fund allocation.</summary>
/// <param name="Fund">The fund, e.g. "Community Safety Fund".</param>
/// <param name="Amount">The amount, in <paramref name="Currency"/>; 0 is a real allocation of nothing.</param>
/// <param name="Currency">The ISO 4217 currency code; <c>GBP</c> unless the rule set says otherwise.</param>
/// <param name="Year">The financial year, written <c>YYYY/YY</c> (e.g. <c>2024/25</c>).</param>
/// <param name="Purpose">What it pays for; null when not given.</param>
public sealed record FundingLine(string Fund, decimal Amount, string Currency, string Year, string? Purpose);
