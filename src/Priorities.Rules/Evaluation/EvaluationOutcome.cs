namespace Priorities.Evaluation;

/// <summary>
/// What one engine session found: every firing of a proposing rule, and, for each proposing rule and each priority it
/// could support but did not, why not. The why-not search is the costly part and only candidates left out of the plan
/// need it, so an outcome from a session searches per priority on first use (<see cref="MissesFor"/>), on the thread
/// that builds the plan, while the session is alive.
/// </summary>
internal sealed class EvaluationOutcome
{
    private readonly Func<string, IReadOnlyList<RuleMiss>> _missesFor;
    private readonly Func<IReadOnlyList<RuleMiss>> _all;
    private IReadOnlyList<RuleMiss>? _misses;

    /// <summary>An outcome whose misses are already known.</summary>
    /// <param name="hits">Every firing of a proposing rule, in firing order.</param>
    /// <param name="misses">The misses, in rule order, then catalogue order.</param>
    public EvaluationOutcome(IReadOnlyList<RuleHit> hits, IReadOnlyList<RuleMiss> misses)
    {
        Hits = hits;
        _misses = misses;
        var byPriority = misses.ToLookup(m => m.PriorityId, StringComparer.Ordinal);
        _missesFor = id => byPriority[id].ToArray();
        _all = () => misses;
    }

    /// <summary>An outcome whose misses are explained on demand by <paramref name="explanations"/>.</summary>
    public EvaluationOutcome(IReadOnlyList<RuleHit> hits, MissExplanations explanations)
    {
        Hits = hits;
        _missesFor = explanations.For;
        _all = explanations.All;
    }

    /// <summary>Every firing of a proposing rule, in firing order.</summary>
    public IReadOnlyList<RuleHit> Hits { get; }

    /// <summary>Every miss, in rule order, then catalogue order (the whole search: for tests and tools).</summary>
    public IReadOnlyList<RuleMiss> Misses => _misses ??= _all();

    /// <summary>The misses of one priority, in rule order.</summary>
    public IReadOnlyList<RuleMiss> MissesFor(string priorityId) => _missesFor(priorityId);

    /// <summary>The measures' statuses the rules derived (<c>measureStatus</c> facts); none when null.</summary>
    public IReadOnlyList<MeasureRating>? Ratings { get; init; }

    /// <summary>Data-quality notes about derived statuses that could not be used; none when null.</summary>
    public IReadOnlyList<Assessments.DataQualityNote>? RatingNotes { get; init; }

    /// <summary>The session that found the outcome, for lint and test coverage (every firing, the why-not search); null when none.</summary>
    public Engine.RuleSession? Session { get; init; }

    /// <summary>What <see cref="Session"/> fired, every rule's firings included; null when none.</summary>
    public Engine.SessionResult? Fired { get; init; }
}
