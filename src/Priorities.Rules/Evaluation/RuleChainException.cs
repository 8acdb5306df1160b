namespace Priorities.Evaluation;

/// <summary>
/// A rule set's rules kept deriving facts from each other without settling (a derivation chain deeper than the
/// engine allows, or too many derived facts). <see cref="RuleIds"/> names the rules in the chain; the rule set needs
/// fixing, the assessment is not at fault.
/// </summary>
public sealed class RuleChainException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleChainException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened.</param>
    public RuleChainException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    public RuleChainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal RuleChainException(IReadOnlyList<string> ruleIds, string detail, Exception innerException)
        : base(Describe(ruleIds, detail), innerException)
    {
        RuleIds = ruleIds;
    }

    /// <summary>The rules of the chain that did not settle, most recent first.</summary>
    public IReadOnlyList<string> RuleIds { get; } = [];

    private static string Describe(IReadOnlyList<string> ruleIds, string detail) =>
        ruleIds.Count == 0
            ? $"The rules kept deriving facts without settling: {detail}"
            : $"The rules {string.Join(", ", ruleIds.Select(id => "'" + id + "'"))} kept deriving facts from each other without settling; check their 'derive' and 'when' so that the chain ends. ({detail})";
}
