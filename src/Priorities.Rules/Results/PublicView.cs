namespace Priorities.Results;

/// <summary>
/// A plan result with everything marked sensitive taken out: evidence with <see cref="Evidence.Sensitive"/>, fired
/// rules with <see cref="FiredRule.Sensitive"/> and the rationale or why-not sentences those rules wrote. Scores and
/// ranks stay as they are, so the public plan is the same plan.
/// </summary>
public sealed record PublicView
{
    /// <summary>The plan result without its sensitive items.</summary>
    public required PlanResult Result { get; init; }

    /// <summary>How many pieces of evidence were left out.</summary>
    public required int WithheldEvidence { get; init; }

    /// <summary>How many rule findings (fired rules, for selected and not selected candidates) were left out.</summary>
    public required int WithheldFindings { get; init; }

    /// <summary>How many items were left out in all.</summary>
    public int Withheld => WithheldEvidence + WithheldFindings;

    /// <summary>Takes the sensitive items out of a plan result.</summary>
    /// <param name="result">The full plan result.</param>
    /// <returns>The public view and the counts of what it left out.</returns>
    public static PublicView Of(PlanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var priorities = result.Priorities.Select(Clean).ToArray();
        var notSelected = result.NotSelected.Select(Clean).ToArray();
        return new PublicView
        {
            Result = result with { Priorities = priorities, NotSelected = notSelected },
            WithheldEvidence = result.Priorities.Sum(p => p.Evidence.Count(e => e.Sensitive)),
            WithheldFindings = result.Priorities.Sum(p => p.Rules.Count(r => r.Sensitive))
                + result.NotSelected.Sum(p => p.Rules.Count(r => r.Sensitive))
                + result.NotSelected.Zip(notSelected, (full, clean) => full.WhyNot.Count - clean.WhyNot.Count - SentencesOf(full.Rules, full.WhyNot)).Sum()
                + result.Priorities.Zip(priorities, (full, clean) => full.Rationale.Count - clean.Rationale.Count - SentencesOf(full.Rules, full.Rationale)).Sum(),
        };
    }

    private static ProposedPriority Clean(ProposedPriority priority) => priority with
    {
        Rules = priority.Rules.Where(r => !r.Sensitive).ToArray(),
        Evidence = priority.Evidence.Where(e => !e.Sensitive).ToArray(),
        Breakdown = WithoutSensitiveRaws(priority.Breakdown),
        Rationale = WithoutSentencesOf(priority.Rationale, priority.Rules, priority.SensitiveLines),
        SensitiveLines = [],
    };

    private static NotSelectedPriority Clean(NotSelectedPriority candidate) => candidate with
    {
        Rules = candidate.Rules.Where(r => !r.Sensitive).ToArray(),
        Breakdown = WithoutSensitiveRaws(candidate.Breakdown),
        WhyNot = WithoutSentencesOf(candidate.WhyNot, candidate.Rules, candidate.SensitiveLines),
        SensitiveLines = [],
    };

    /// <summary>The breakdown with the raw values that came from sensitive evidence taken out; scores stay.</summary>
    private static ScoreComponent[] WithoutSensitiveRaws(IReadOnlyList<ScoreComponent> breakdown) =>
        breakdown.Select(c => c.Sensitive ? c with { Raw = null } : c).ToArray();

    /// <summary>
    /// The lines without those that repeat a sensitive rule's sentence (as written, or capitalised and stopped) and
    /// those the result marks as quoting sensitive evidence.
    /// </summary>
    private static string[] WithoutSentencesOf(IReadOnlyList<string> lines, IReadOnlyList<FiredRule> rules, IReadOnlyList<string> marked)
    {
        var sensitive = rules.Where(r => r.Sensitive).Select(r => Normal(r.Because)).Concat(marked.Select(Normal)).ToHashSet(StringComparer.Ordinal);
        return lines.Where(line => !sensitive.Contains(Normal(line))).ToArray();
    }

    /// <summary>How many of the lines repeat a sensitive rule's sentence (already counted as a withheld finding).</summary>
    private static int SentencesOf(IReadOnlyList<FiredRule> rules, IReadOnlyList<string> lines)
    {
        var sensitive = rules.Where(r => r.Sensitive).Select(r => Normal(r.Because)).ToHashSet(StringComparer.Ordinal);
        return lines.Count(line => sensitive.Contains(Normal(line)));
    }

    /// <summary>A sentence without its closing stop and without the caution a rationale line may add to it.</summary>
    private static string Normal(string sentence)
    {
        var text = sentence.Trim();
        var caution = text.IndexOf(". Caution: ", StringComparison.Ordinal);
        text = (caution > 0 ? text[..caution] : text).TrimEnd('.', '!', '?');
        return text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text[1..]);
    }
}
