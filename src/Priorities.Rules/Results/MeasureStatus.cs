namespace Priorities.Results;

/// <summary>The values of <see cref="MeasureResult.Status"/> and <see cref="MeasureResult.Rag"/>.</summary>
public static class MeasureStatus
{
    /// <summary>The target is met.</summary>
    public const string Achieved = "achieved";

    /// <summary>Not met yet, but the actual is where the target's path says it should be by now.</summary>
    public const string OnTrack = "on-track";

    /// <summary>Not met, and behind the target's path, with time left.</summary>
    public const string OffTrack = "off-track";

    /// <summary>The target period is over and the target was not met.</summary>
    public const string Missed = "missed";

    /// <summary>No actual for the measure in the assessment.</summary>
    public const string NoData = "no-data";

    /// <summary>RAG green.</summary>
    public const string Green = "green";

    /// <summary>RAG amber.</summary>
    public const string Amber = "amber";

    /// <summary>RAG red.</summary>
    public const string Red = "red";

    /// <summary>RAG when there is no actual to rate.</summary>
    public const string Grey = "grey";
}
