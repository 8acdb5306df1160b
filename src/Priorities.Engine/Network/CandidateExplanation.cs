namespace Priorities.Engine.Network;

/// <summary>
/// A candidate tuple for a rule that did not fire on it: the facts tried for each match pattern and the outcome of
/// every condition, so that an explanation can say which conditions failed and by how much.
/// </summary>
/// <param name="RuleId">The rule explained.</param>
/// <param name="Facts">One fact per match pattern, in pattern order (null where no fact of the type exists).</param>
/// <param name="Conditions">Each condition's outcome over these facts.</param>
public sealed record CandidateExplanation(string RuleId, IReadOnlyList<FactHandle?> Facts, IReadOnlyList<ConditionOutcome> Conditions)
{
    /// <summary>How many conditions failed.</summary>
    public int Failed => Conditions.Count(c => c.Passed == false);

    /// <summary>How many conditions held.</summary>
    public int Passed => Conditions.Count(c => c.Passed == true);
}
