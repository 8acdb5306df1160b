namespace Priorities.RuleSets.Compilation;

/// <summary>
/// What a proposing rule's emit action carries: the priority (a catalogue id, or the <c>priority</c> binding of
/// pattern <see cref="PatternIndex"/>), the score dimensions in written order and the parsed <c>because</c>.
/// </summary>
internal sealed record Proposal(string? Literal, int PatternIndex, IReadOnlyList<string> Dimensions, IReadOnlyList<TemplatePart> Because)
{
    public const string RecordName = "proposal";
    public const string PriorityValue = "priority";
    public const string ProbePrefix = "$accepts:";

    public static string ScoreValue(string dimension) => "score:" + dimension;

    public static string BecauseValue(int index) => "because:" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The hidden rule that finds which priorities a binding rule's priority pattern accepts.</summary>
    public static string ProbeId(string ruleId) => ProbePrefix + ruleId;
}
