namespace Priorities.Host.Http;

/// <summary>
/// The decision log: one Information line per proposal or report (category <c>Priorities.Host.Http.DecisionLog</c>)
/// naming who asked, the rule set and assessment by hash, the outcome and the time taken, and no evidence at all.
/// </summary>
internal static partial class DecisionLog
{
    /// <summary>How many hex digits of the assessment's SHA-256 the log shows.</summary>
    public const int AssessmentHashDigits = 16;

    [LoggerMessage(1, LogLevel.Information, "decision {Endpoint} caller={Caller} role={Role} ruleset={RuleSetId}@{RuleSetVersion} "
        + "ruleset-sha256={RuleSetHash} assessment-sha256={AssessmentHash} status={Status} duration-ms={DurationMs}")]
    public static partial void Decided(
        ILogger logger, string endpoint, string caller, string role, string ruleSetId, string ruleSetVersion,
        string ruleSetHash, string assessmentHash, int status, long durationMs);
}
