namespace Priorities.Assessments.Reading;

/// <summary>The stable codes of assessment diagnostics (PR3xxx).</summary>
internal static class AssessmentCodes
{
    public const string EmptyFile = "PR3001";
    public const string Syntax = "PR3002";
    public const string UnknownKey = "PR3003";
    public const string MissingKey = "PR3004";
    public const string WrongType = "PR3005";
    public const string BadNumber = "PR3006";
    public const string UnknownCategory = "PR3007";
    public const string UnknownDuty = "PR3008";
    public const string DuplicateTrend = "PR3009";
    public const string TooLarge = "PR3010";
    public const string DuplicateKey = "PR3011";
    public const string Unreadable = "PR3012";
}
