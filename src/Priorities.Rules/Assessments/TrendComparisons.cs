namespace Priorities.Assessments;

/// <summary>How a trend's previous window stands to its current one (<see cref="TrendFact.Comparison"/>).</summary>
public static class TrendComparisons
{
    /// <summary>The same months a year earlier: seasonal patterns cancel out. The default of <c>import police-uk</c>.</summary>
    public const string YearOnYear = "year-on-year";

    /// <summary>The months just before the current window, such as quarter on quarter: seasonal patterns show as change.</summary>
    public const string Consecutive = "consecutive";

    /// <summary>Any other previous window.</summary>
    public const string Other = "other";
}
