using Priorities.Results;

namespace Priorities.Evaluation;

/// <summary>
/// One firing of a proposing rule, as the compiler's runtime reports it to the plan builder: the priority it supports,
/// the raw scores it gave, its rendered <c>because</c> sentence and the evidence it matched.
/// </summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Sequence">Its place in the session's firing order (the order hits are given in).</param>
/// <param name="PriorityId">The catalogue id of the priority it proposed.</param>
/// <param name="Mandatory">Whether the rule marks the priority mandatory.</param>
/// <param name="Scores">Raw values per dimension, in the rule's written order.</param>
/// <param name="Because">The rendered sentence (empty when the rule has none).</param>
/// <param name="Evidence">The assessment facts the firing matched (derived facts traced back to theirs), each once, in pattern order.</param>
/// <param name="Tags">The rule's tags.</param>
internal sealed record RuleHit(
    string RuleId,
    int Sequence,
    string PriorityId,
    bool Mandatory,
    IReadOnlyList<RawScore> Scores,
    string Because,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<string> Tags);
