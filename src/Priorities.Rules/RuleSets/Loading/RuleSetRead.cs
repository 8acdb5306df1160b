using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Loading;

/// <summary>
/// What reading a rule set gave: a best-effort document and whether the reader found errors. With errors, the
/// document holds only what could be checked further (see <see cref="RuleSetDraft"/>) and must never be compiled to
/// run; without them it is the rule set itself.
/// </summary>
/// <param name="Document">The best-effort document; null when the root file could not be read at all.</param>
/// <param name="HasErrors">Whether reading reported any error.</param>
internal sealed record RuleSetRead(RuleSetDocument? Document, bool HasErrors)
{
    /// <summary>The document when reading found no errors; otherwise null.</summary>
    public RuleSetDocument? Valid => HasErrors ? null : Document;
}
