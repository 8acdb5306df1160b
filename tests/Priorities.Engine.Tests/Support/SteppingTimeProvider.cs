namespace Priorities.Engine.Tests.Support;

/// <summary>A clock that moves on by a fixed step each time it is read, and counts the reads.</summary>
internal sealed class SteppingTimeProvider(TimeSpan step) : TimeProvider
{
    private long _now;

    public int Reads { get; private set; }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        Reads++;
        _now += step.Ticks;
        return _now;
    }
}
