namespace Priorities.Diagnostics;

/// <summary>
/// The one catalogue of diagnostic codes of the Rules layer; each code is described once, in the table of this
/// project's README. PR1xxx: YAML structure and includes; PR2000–PR2099: rule-set semantics found while reading;
/// PR2100–PR2119: aims, extends/override/remove and roll-up rule sets;
/// PR25xx: found by the compiler (expression problems keep the engine's EXP/ENG codes); PR3xxx: assessments;
/// PR5xxx: evaluation; PR6xxx: rule-set test files; PR7000–PR7029: board decisions (adopt); PR8xxx: choosing the rule set to host.
/// </summary>
internal static class RulesCodes
{
    public const string InputTooLarge = "PR1000";
    public const string YamlSyntax = "PR1001";
    public const string UnknownKey = "PR1002";
    public const string WrongType = "PR1003";
    public const string MissingKey = "PR1004";
    public const string DuplicateKey = "PR1005";
    public const string PathNotFound = "PR1006";
    public const string IncludeOutsideRoot = "PR1007";
    public const string IncludeTooLarge = "PR1008";
    public const string IncludeNotRegular = "PR1009";
    public const string IncludeBadPath = "PR1010";

    public const string EmptyFile = "PR2000";
    public const string BadId = "PR2001";
    public const string BadVersion = "PR2002";
    public const string DuplicatePriority = "PR2003";
    public const string DuplicateRule = "PR2004";
    public const string DuplicateDimension = "PR2005";
    public const string DuplicateFactType = "PR2006";
    public const string IncludeMissing = "PR2007";
    public const string IncludeCycle = "PR2008";
    public const string NoScoring = "PR2009";
    public const string TwoScorings = "PR2010";
    public const string UnknownMethod = "PR2011";
    public const string UnknownCombine = "PR2012";
    public const string NotANumber = "PR2013";
    public const string BandGap = "PR2014";
    public const string BandOverlap = "PR2015";
    public const string BandOrder = "PR2016";
    public const string BandElse = "PR2017";
    public const string BandForms = "PR2018";
    public const string BandsAndLookup = "PR2019";
    public const string DuplicateLookup = "PR2020";
    public const string TopTooSmall = "PR2021";
    public const string UnknownTieBreak = "PR2022";
    public const string UnknownScoreDimension = "PR2023";
    public const string UnknownPropose = "PR2024";
    public const string NoPropose = "PR2025";
    public const string NoBecause = "PR2026";
    public const string UnknownDeriveType = "PR2027";
    public const string UnknownDeriveField = "PR2028";
    public const string PatternForm = "PR2029";
    public const string PatternKey = "PR2030";
    public const string EmptyWhen = "PR2031";
    public const string UnknownFieldType = "PR2032";
    public const string EmptyBand = "PR2033";
    public const string UnproposedPriority = "PR2040";
    public const string UnscoredDimension = "PR2041";
    public const string MinCoverageRange = "PR2049";
    public const string TooManyPlaceholders = "PR2070";
    public const string FundingAmount = "PR2080";
    public const string FundingYear = "PR2081";
    public const string FundingCurrency = "PR2082";
    public const string MeasureDirection = "PR2083";
    public const string MeasureNoBaseline = "PR2084";
    public const string MeasureTargetForm = "PR2085";
    public const string DuplicateMeasure = "PR2086";
    public const string MeasurePeriod = "PR2087";
    public const string MeasureTargetNotAfterBaseline = "PR2088";
    public const string MeasureTargetWrongWay = "PR2089";
    public const string MeasureBadId = "PR2090";
    public const string MeasureStatusType = "PR2091";
    public const string ActionPlanUrl = "PR2092";
    public const string MeasureNoTarget = "PR2093";
    public const string UnknownAim = "PR2100";
    public const string DuplicateAim = "PR2101";
    public const string OverrideUnknown = "PR2102";
    public const string RemoveUnknown = "PR2103";
    public const string ExtendsCycle = "PR2104";
    public const string RemoveDuty = "PR2105";
    public const string ExtendsNotRuleSet = "PR2106";
    public const string OverrideAndRemove = "PR2107";
    public const string DuplicateOverride = "PR2108";
    public const string UnknownKind = "PR2109";
    public const string RollUpFactInPlan = "PR2110";
    public const string WeightUnknownDimension = "PR2111";
    public const string WeightOutOfRange = "PR2112";

    public const string BuiltInTypeName = "PR2501";
    public const string BadBecause = "PR2503";
    public const string DeriveOfBuiltInType = "PR2504";
    public const string TypeRejected = "PR2505";

    public const string AssessmentEmptyFile = "PR3001";
    public const string AssessmentSyntax = "PR3002";
    public const string AssessmentUnknownKey = "PR3003";
    public const string AssessmentMissingKey = "PR3004";
    public const string AssessmentWrongType = "PR3005";
    public const string AssessmentBadNumber = "PR3006";
    public const string AssessmentUnknownCategory = "PR3007";
    public const string AssessmentUnknownDuty = "PR3008";
    public const string AssessmentDuplicateTrend = "PR3009";
    public const string AssessmentTooLarge = "PR3010";
    public const string AssessmentDuplicateKey = "PR3011";
    public const string AssessmentUnreadable = "PR3012";
    public const string AssessmentDutyLeftOut = "PR3020";
    public const string AssessmentDutyNotInForce = "PR3021";
    public const string AssessmentDutyOutsidePilot = "PR3022";
    public const string AssessmentBadMonth = "PR3023";
    public const string AssessmentPeriodReversed = "PR3024";
    public const string AssessmentPreviousPeriodNotBefore = "PR3025";
    public const string AssessmentNegativeCount = "PR3026";
    public const string AssessmentShareOutOfRange = "PR3027";
    public const string AssessmentChangeMismatch = "PR3028";
    public const string AssessmentChangePctMismatch = "PR3029";
    public const string AssessmentUnknownLabel = "PR3040";
    public const string ComparisonNegativeRate = "PR3070";
    public const string ComparisonRatioMismatch = "PR3071";
    public const string ComparisonPercentileRange = "PR3072";
    public const string ComparisonNeighbourRank = "PR3073";
    public const string ComparisonDuplicate = "PR3074";
    public const string AssessmentActualPeriod = "PR3050";
    public const string AssessmentDuplicateActual = "PR3051";
    public const string AssessmentActualMeasureId = "PR3052";
    public const string AssessmentActualAfterPeriod = "PR3053";
    public const string HistoryWithPreviousPlan = "PR3060";
    public const string HistoryDuplicateYear = "PR3061";
    public const string HistoryYearNotBefore = "PR3062";
    public const string HistoryUnknownKey = "PR3063";
    public const string HistoryWrongShape = "PR3064";
    public const string HistoryMissingKey = "PR3065";
    public const string HistoryRecordNotRead = "PR3066";
    public const string HistoryRecordInvalid = "PR3067";
    public const string HistoryAdoptedMismatch = "PR3068";
    public const string HistoryRecordElsewhere = "PR3069";

    public const string RulesDidNotSettle = "PR5001";
    public const string EngineFailed = "PR5002";
    public const string NonFiniteValue = "PR5003";
    public const string EvaluationBudgetExceeded = "PR5004";
    public const string OutsideLookup = "PR5010";
    public const string OutsideBands = "PR5011";
    public const string OutsideOpenBands = "PR5012";

    public const string TestFileStructure = "PR6001";
    public const string TestRuleSetUnavailable = "PR6002";
    public const string TestAssessmentUnreadable = "PR6003";

    public const string SensitivitySpread = "PR6300";
    public const string SensitivitySamples = "PR6301";
    public const string SensitivityRollUp = "PR6302";

    public const string AdoptionRemovesDuty = "PR7000";
    public const string AdoptionUnknownPriority = "PR7001";
    public const string AdoptionNotCandidate = "PR7002";
    public const string AdoptionRankOutOfRange = "PR7003";
    public const string AdoptionNoReason = "PR7004";
    public const string AdoptionNotAResult = "PR7005";
    public const string AdoptionUnknownAction = "PR7006";
    public const string AdoptionMissingField = "PR7007";
    public const string AdoptionAlreadyInPlan = "PR7008";
    public const string AdoptionBadDate = "PR7009";
    public const string AdoptionBadDecisions = "PR7010";

    public const string TooManyRoots = "PR8001";
    public const string LoadThrew = "PR8002";
}
