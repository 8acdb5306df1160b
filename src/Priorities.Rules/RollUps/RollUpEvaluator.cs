using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.RollUps;

/// <summary>
/// Evaluates a roll-up rule set (<c>kind: rollup</c>) over the plans of several partnerships: the county agreement of
/// a two-tier area. Its rules read the roll-up facts (<c>district</c>, <c>district_priority</c>,
/// <c>shared_priority</c>, <c>pcc_priority</c>) besides the built-in ones of a county assessment made from the
/// districts', and select shared priorities as any rule set does.
/// </summary>
public static class RollUpEvaluator
{
    /// <summary>The county agreement over the districts' plans, as a plan of its own.</summary>
    /// <param name="rollUp">A roll-up rule set (<see cref="PlanRuleSet.IsRollUp"/>).</param>
    /// <param name="districts">The districts' assessments and plans, in the order facts are inserted and named.</param>
    /// <param name="partnership">
    /// The agreement's partnership name; null: the rule set's <c>partnership</c>, else its description, else its id.
    /// </param>
    /// <param name="cancellationToken">Stops a long evaluation.</param>
    /// <returns>The agreement; the same districts in the same order always give the same result.</returns>
    /// <exception cref="ArgumentException">The rule set is not a roll-up, or there are no districts.</exception>
    /// <exception cref="RuleSetEvaluationException">The rule set could not evaluate the districts.</exception>
    public static PlanResult Evaluate(
        PlanRuleSet rollUp, IReadOnlyList<DistrictPlan> districts, string? partnership = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rollUp);
        ArgumentNullException.ThrowIfNull(districts);
        if (!rollUp.IsRollUp)
            throw new ArgumentException($"The rule set '{rollUp.Info.Id}' is not a roll-up rule set (kind: rollup).", nameof(rollUp));
        if (districts.Count == 0) throw new ArgumentException("A roll-up needs at least one district plan.", nameof(districts));
        var document = rollUp.Compiled.Document;
        var name = partnership ?? document.Partnership ?? document.Description ?? document.Id;
        var county = CountyAssessment.Build(name, districts);
        return PlanEvaluator.Evaluate(rollUp.Compiled, county, cancellationToken, RollUpFacts.Build(districts));
    }
}
