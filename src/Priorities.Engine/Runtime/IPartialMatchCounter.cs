namespace Priorities.Engine.Runtime;

/// <summary>Counts the partial matches the joins build; may stop the session by throwing when a budget is spent.</summary>
internal interface IPartialMatchCounter
{
    /// <summary>One more partial match built by a join of the rule.</summary>
    void CountPartialMatch(string ruleId);

    /// <summary>One more candidate tuple scored by the "why not" search for the rule.</summary>
    void CountExplainedCandidate(string ruleId);
}
