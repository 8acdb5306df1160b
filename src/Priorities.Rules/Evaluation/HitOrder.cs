using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>
/// The canonical order of hits, which does not depend on the order the runtime reported them in: the rule's place in
/// the document, then the because sentence, then the firing sequence, then the scores and evidence.
/// </summary>
internal sealed class HitOrder : IComparer<RuleHit>
{
    private readonly Dictionary<string, int> _ruleIndex;

    public HitOrder(RuleSetDocument document)
    {
        _ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < document.Rules.Count; i++)
            _ruleIndex.TryAdd(document.Rules[i].Id, i);
    }

    /// <summary>Compares hits by firing sequence first, falling back on the canonical order.</summary>
    public IComparer<RuleHit> Firing => Comparer<RuleHit>.Create((x, y) =>
    {
        var bySequence = x.Sequence.CompareTo(y.Sequence);
        return bySequence != 0 ? bySequence : Compare(x, y);
    });

    public int RuleIndex(string ruleId) => _ruleIndex.TryGetValue(ruleId, out var index) ? index : int.MaxValue;

    public int CompareRules(string x, string y)
    {
        var byIndex = RuleIndex(x).CompareTo(RuleIndex(y));
        return byIndex != 0 ? byIndex : string.CompareOrdinal(x, y);
    }

    public int Compare(RuleHit? x, RuleHit? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var result = CompareRules(x.RuleId, y.RuleId);
        if (result == 0) result = string.CompareOrdinal(x.Because, y.Because);
        if (result == 0) result = x.Sequence.CompareTo(y.Sequence);
        if (result == 0) result = string.CompareOrdinal(x.PriorityId, y.PriorityId);
        if (result == 0) result = x.Mandatory.CompareTo(y.Mandatory);
        if (result == 0) result = string.CompareOrdinal(ScoreKey(x), ScoreKey(y));
        if (result == 0) result = string.CompareOrdinal(EvidenceKey(x), EvidenceKey(y));
        return result;
    }

    private static string ScoreKey(RuleHit hit) =>
        string.Join('\u001f', hit.Scores.Select(s => s.Dimension + "=" + s.Raw.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

    private static string EvidenceKey(RuleHit hit) =>
        string.Join('\u001f', hit.Evidence.Select(e => $"{e.Kind}\u001e{e.Category}\u001e{e.Area}\u001e{e.Summary}\u001e{e.Source}\u001e{e.Sensitive}"));
}
