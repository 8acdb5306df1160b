using Priorities.Engine.Network;
using Priorities.RuleSets.Model;

namespace Priorities.Testing;

/// <summary>What the tests have shown of one rule so far: the tests it fired in and each condition's outcomes.</summary>
internal sealed class RuleTally
{
    private readonly List<ConditionCoverage> _conditions = [];

    public RuleTally(RuleSpec spec)
    {
        Spec = spec;
        for (var p = 0; p < spec.When.Count; p++)
        {
            if (!ConditionSplitter.Explained(spec.When[p])) continue;
            var where = spec.When[p].Where!;
            foreach (var (text, offset) in ConditionSplitter.Split(where.Text))
                _conditions.Add(new ConditionCoverage(p, text.Trim(), where.MapOffset(offset), false, false));
        }
    }

    public RuleSpec Spec { get; }

    public int FiredIn { get; set; }

    /// <summary>Notes each evaluated condition's outcome; one the split did not foresee is added at its pattern.</summary>
    public void Mark(IEnumerable<ConditionOutcome> outcomes)
    {
        foreach (var outcome in outcomes.Where(o => o.Passed is not null))
        {
            var index = Find(outcome);
            var known = _conditions[index];
            _conditions[index] = known with
            {
                SeenTrue = known.SeenTrue || outcome.Passed == true,
                SeenFalse = known.SeenFalse || outcome.Passed == false,
            };
        }
    }

    public RuleCoverage ToCoverage() => new(Spec.Id, Spec.Location, FiredIn, _conditions.ToArray());

    private int Find(ConditionOutcome outcome)
    {
        var normal = ConditionSplitter.Normal(outcome.Condition);
        var index = _conditions.FindIndex(c => c.Pattern == outcome.PatternIndex && ConditionSplitter.Normal(c.Condition) == normal);
        if (index >= 0) return index;
        var pattern = outcome.PatternIndex >= 0 && outcome.PatternIndex < Spec.When.Count ? Spec.When[outcome.PatternIndex] : null;
        var location = pattern?.Where?.Location ?? Spec.Location;
        _conditions.Add(new ConditionCoverage(outcome.PatternIndex, outcome.Condition, location, false, false));
        return _conditions.Count - 1;
    }
}
