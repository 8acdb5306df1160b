using Priorities.Results;

namespace Priorities.Testing;

/// <summary>Looks up priorities of a plan by id: the selected ones by rank, then the candidates left out, best first.</summary>
internal sealed class PlanView
{
    private readonly Dictionary<string, ProposedPriority> _selected = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (NotSelectedPriority Priority, int Index)> _candidates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EvidenceGap> _gaps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MeasureResult> _measures = new(StringComparer.Ordinal);

    public PlanView(PlanResult plan)
    {
        foreach (var priority in plan.Priorities) _selected.TryAdd(priority.Id, priority);
        for (var i = 0; i < plan.NotSelected.Count; i++) _candidates.TryAdd(plan.NotSelected[i].Id, (plan.NotSelected[i], i));
        foreach (var gap in plan.EvidenceGaps) _gaps.TryAdd(gap.Id, gap);
        foreach (var measure in plan.Priorities.SelectMany(p => p.Measures)) _measures.TryAdd(measure.Id, measure);
        SelectedCount = plan.Priorities.Count;
    }

    public int SelectedCount { get; }

    public ProposedPriority? Selected(string id) => _selected.GetValueOrDefault(id);

    public NotSelectedPriority? Candidate(string id) => _candidates.TryGetValue(id, out var entry) ? entry.Priority : null;

    public EvidenceGap? Gap(string id) => _gaps.GetValueOrDefault(id);

    /// <summary>A measure of a selected priority.</summary>
    public MeasureResult? Measure(string id) => _measures.GetValueOrDefault(id);

    public double? Coverage(string id) => Selected(id)?.Coverage ?? Candidate(id)?.Coverage ?? Gap(id)?.Coverage;

    /// <summary>A selected priority's status, or an evidence gap's (<c>not-assessed</c>, or null).</summary>
    public string? Status(string id) => Selected(id)?.Status ?? Gap(id)?.Status;

    /// <summary>The place among all candidates: the plan's rank, or after the plan for those left out.</summary>
    public int? Position(string id) =>
        Selected(id)?.Rank ?? (_candidates.TryGetValue(id, out var entry) ? SelectedCount + entry.Index + 1 : null);

    public double? Score(string id) => Selected(id)?.Score ?? Candidate(id)?.Score;

    /// <summary>The rationale a board reads, or for a candidate left out its fired rules' sentences and why not.</summary>
    public string? Rationale(string id) =>
        Selected(id) is { } p ? string.Join(" | ", p.Rationale)
        : Candidate(id) is { } c ? string.Join(" | ", c.Rules.Select(r => r.Because).Concat(c.WhyNot))
        : Gap(id)?.Need;

    /// <summary>A short place for an order failure: <c>rank 3</c>, <c>not selected (place 12)</c> or <c>not a candidate</c>.</summary>
    public string Place(string id) =>
        Selected(id) is { } p ? $"rank {p.Rank}"
        : Position(id) is { } place ? $"not selected (place {place})"
        : "not a candidate";

    /// <summary>What the plan says of an id, for a failure message.</summary>
    public string Describe(string id)
    {
        if (Selected(id) is { } p)
            return $"rank {p.Rank} (score {ExpectationChecker.Format(p.Score)}{(p.Mandatory ? ", mandatory" : ", not mandatory")}, {p.Status})";
        if (Candidate(id) is { } c)
            return $"not selected (score {ExpectationChecker.Format(c.Score)}, short by {ExpectationChecker.Format(c.Shortfall)})";
        if (Gap(id) is { } g)
            return $"an evidence gap (coverage {ExpectationChecker.Format(g.Coverage)}, missing {string.Join(", ", g.Missing)})";
        return $"{id} is not a candidate of the rule set";
    }
}
