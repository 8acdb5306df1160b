namespace Priorities.RuleSets.Loading;

/// <summary>
/// The stable codes of rule-set diagnostics. PR1000–PR1005 are YAML and structure problems (see
/// <c>Priorities.Yaml</c>); PR1006 is a path that does not exist;
/// PR1007–PR1010 are includes refused (outside the allowed root, over the size cap, not a regular file, not a path); PR2000–PR2099 are rule-set semantics found while reading;
/// PR2500–PR2599 are found by the compiler (<c>RuleSets/Compilation</c>): PR2501 a declared fact type named like a
/// built-in one, PR2503 a malformed <c>because</c> template, PR2504 a derive of a built-in type, PR2505 a declared type
/// the engine rejects; expression problems keep the engine's EXP/ENG codes.
/// </summary>
internal static class RuleSetCodes
{
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
    public const string BadName = "PR2034";
    public const string UnproposedPriority = "PR2040";
    public const string UnscoredDimension = "PR2041";
}
