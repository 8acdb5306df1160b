using Priorities.Results;

namespace Priorities.Host.Cli;

/// <summary>
/// The public version of a plan: evidence marked sensitive is left out, and so are the rules that matched it and their
/// sentences in the rationale. Scores stay as they are, so the ranking reads the same as the full version.
/// </summary>
internal static class PublicPlan
{
    public static PlanResult Redact(PlanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result with
        {
            Priorities = result.Priorities.Select(Redact).ToArray(),
            NotSelected = result.NotSelected.Select(c => c with { Rules = Open(c.Rules) }).ToArray(),
        };
    }

    private static ProposedPriority Redact(ProposedPriority priority)
    {
        var open = Open(priority.Rules);
        var kept = open.Select(r => r.Because).ToHashSet(StringComparer.Ordinal);
        var hidden = priority.Rules.Where(r => r.Sensitive && !kept.Contains(r.Because)).Select(r => r.Because).ToHashSet(StringComparer.Ordinal);
        return priority with
        {
            Rules = open,
            Evidence = priority.Evidence.Where(e => !e.Sensitive).ToArray(),
            Rationale = priority.Rationale.Where(line => !hidden.Contains(line)).ToArray(),
        };
    }

    private static FiredRule[] Open(IReadOnlyList<FiredRule> rules) => rules.Where(r => !r.Sensitive).ToArray();
}
