namespace Priorities.Reports.Tests;

/// <summary>A clock that always reads the same moment.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static FixedClock Committee { get; } = new(new DateTimeOffset(2025, 9, 15, 10, 30, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
