using Priorities.Engine;
using Priorities.Engine.Facts;
using Priorities.Engine.Network;
using Priorities.RuleSets.Compilation;
using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>
/// For each proposing rule and each catalogue priority it could support but did not, says why in plain English:
/// the failed conditions of the closest candidate, with the actual values and the shortfall.
/// </summary>
internal sealed class MissExplanations(
    RuleSession session,
    SessionResult result,
    IReadOnlyList<CompiledRule> rules,
    IReadOnlyList<PriorityDefinition> catalogue,
    IReadOnlyDictionary<string, FactRecord> priorities,
    IReadOnlyList<RuleHit> hits,
    CancellationToken cancellationToken)
{
    private const int Candidates = 16;

    /// <summary>The reason given when the search for why not was stopped by the evaluation budget.</summary>
    public const string OverBudget =
        "not worked out: the search for why not went over the evaluation budget (the plan itself is complete)";
    private (CompiledRule Rule, IReadOnlySet<string> Targets)[]? _proposing;
    private HashSet<(string RuleId, string PriorityId)>? _fired;

    /// <summary>Every miss: for each proposing rule, each priority it could support but did not, in catalogue order.</summary>
    public IReadOnlyList<RuleMiss> All()
    {
        var misses = new List<RuleMiss>();
        foreach (var (rule, targets) in Proposing())
            foreach (var priority in catalogue.Select(p => p.Id).Where(targets.Contains))
                if (Miss(rule, priority) is { } miss) misses.Add(miss);
        return misses;
    }

    /// <summary>The misses of one priority, in rule order.</summary>
    public IReadOnlyList<RuleMiss> For(string priority)
    {
        var misses = new List<RuleMiss>();
        foreach (var (rule, targets) in Proposing())
            if (targets.Contains(priority) && Miss(rule, priority) is { } miss) misses.Add(miss);
        return misses;
    }

    private RuleMiss? Miss(CompiledRule rule, string priority)
    {
        _fired ??= hits.Select(h => (h.RuleId, h.PriorityId)).ToHashSet();
        if (_fired.Contains((rule.Id, priority))) return null;
        cancellationToken.ThrowIfCancellationRequested();
        var (reasons, sensitive) = Reasons(rule, rule.Proposal!, priority);
        return new RuleMiss(rule.Id, priority, reasons, sensitive);
    }

    /// <summary>The proposing rules, each once, with the priorities it could support.</summary>
    private (CompiledRule Rule, IReadOnlySet<string> Targets)[] Proposing()
    {
        if (_proposing is not null) return _proposing;
        var accepted = result.Firings.Where(f => f.RuleId.StartsWith(Proposal.ProbePrefix, StringComparison.Ordinal))
            .ToLookup(f => f.RuleId, f => (string)f.Output(0).Get(Proposal.PriorityValue)!, StringComparer.Ordinal);
        return _proposing = rules.Where(p => p.Proposal is not null).DistinctBy(p => p.Id)
            .Select(rule => (rule, (IReadOnlySet<string>)(rule.Proposal!.Literal is { } literal
                ? new HashSet<string>(StringComparer.Ordinal) { literal }
                : accepted[Proposal.ProbeId(rule.Id)].ToHashSet(StringComparer.Ordinal))))
            .ToArray();
    }

    private (string[] Reasons, bool Sensitive) Reasons(CompiledRule rule, Proposal proposal, string priority)
    {
        var spec = rule.Spec;
        var absent = spec.When.Where(p => p.Form == PatternForm.Fact && !session.Facts.Any(f => f.Type.Name == p.FactType))
            .Select(p => p.FactType).Distinct(StringComparer.Ordinal).Select(type => $"no {type} facts matched").ToArray();
        if (absent.Length > 0) return (absent, false);
        if (Search(rule, proposal, priority) is not { } candidates) return ([OverBudget], false);
        if (candidates.Count == 0) return ([Deferred(spec)], false);
        var closest = Closest(candidates);
        var failed = closest.Conditions.Where(c => c.Passed == false).ToArray();
        if (proposal.PatternIndex >= 0 && NoCoveredEvidence(failed, spec, spec.When[proposal.PatternIndex].Binding, priority) is { } type)
            return ([$"the assessment has no {type} facts about the categories it covers ({Covers(priority)})"], false);
        return (failed.Select(c => ConditionPhraser.Phrase(c, closest, spec)).ToArray(), IsSensitive(closest));
    }

    /// <summary>The closest candidates, or null when the search went over the evaluation budget.</summary>
    private IReadOnlyList<CandidateExplanation>? Search(CompiledRule rule, Proposal proposal, string priority)
    {
        try
        {
            return proposal.PatternIndex >= 0
                ? session.ExplainMisses(rule.Id, proposal.PatternIndex, priorities[priority], Candidates)
                : session.ExplainMisses(rule.Id, Candidates);
        }
        catch (EvaluationBudgetExceededException)
        {
            return null;
        }
    }

    /// <summary>Whether a candidate's facts include one marked sensitive, whose values the reasons would quote.</summary>
    private static bool IsSensitive(CandidateExplanation candidate) =>
        candidate.Facts.Any(h => h?.Fact is FactRecord r && r.Type.TryGetField("sensitive", out _) && r["sensitive"] is true);

    /// <summary>
    /// When the closest candidate fails the join on the priority's categories (<c>x.category in p.covers</c>), it is
    /// about another category; if no fact of that pattern's type is about a covered category at all, that is the
    /// reason to give. Returns the fact type, or null.
    /// </summary>
    private string? NoCoveredEvidence(ConditionOutcome[] failed, RuleSpec spec, string priorityBinding, string priority)
    {
        var join = failed.FirstOrDefault(c => c.Condition.Contains(" in " + priorityBinding + ".covers", StringComparison.Ordinal));
        if (join is null || join.PatternIndex < 0 || join.PatternIndex >= spec.When.Count) return null;
        var type = spec.When[join.PatternIndex].FactType;
        var covers = catalogue.First(p => p.Id == priority).Covers;
        var any = session.Facts.Any(f => f.Type.Name == type && f.Fact is FactRecord r && r.Type.TryGetField("category", out _) && covers.Contains(r["category"] as string ?? string.Empty, StringComparer.Ordinal));
        return any ? null : type;
    }

    private string Covers(string priority) =>
        string.Join(", ", catalogue.First(p => p.Id == priority).Covers);

    /// <summary>
    /// Of the candidates with the fewest failed conditions, the one that got furthest: whose first failed condition
    /// comes latest (so a fact that met the join but fell short on a threshold beats one that did not join at all).
    /// </summary>
    private static CandidateExplanation Closest(IReadOnlyList<CandidateExplanation> candidates)
    {
        var fewest = candidates.Min(c => c.Failed);
        return candidates.Where(c => c.Failed == fewest)
            .OrderByDescending(c => c.Conditions.ToList().FindIndex(o => o.Passed == false))
            .First();
    }

    /// <summary>Every condition on the matched facts held: a <c>none</c>, aggregate or <c>test</c> pattern is what failed.</summary>
    private static string Deferred(RuleSpec spec)
    {
        var others = spec.When.Where(p => p.Form != PatternForm.Fact).Select(Describe).ToArray();
        return others.Length == 0
            ? "no " + string.Join(" or ", spec.When.Select(p => p.FactType).Distinct(StringComparer.Ordinal)) + " facts matched together"
            : "the matched facts met their conditions, but this did not hold: " + string.Join("; ", others);
    }

    private static string Describe(PatternSpec p)
    {
        var where = p.Where is null ? string.Empty : $" where {p.Where.Text.Trim()}";
        return p.Form switch
        {
            PatternForm.Test => $"test {p.Where?.Text.Trim()}",
            PatternForm.None => $"no {p.FactType} fact{where}",
            _ => $"{p.Form.ToString().ToLowerInvariant()} of {p.FactType}{where}",
        };
    }
}
