namespace Priorities.Testing;

/// <summary>How the YAML tests exercised one rule set: every rule (includes too), with its conditions.</summary>
/// <param name="Id">The rule set's id.</param>
/// <param name="Version">Its version.</param>
/// <param name="File">Its root file.</param>
/// <param name="Rules">Its rules, in merge order.</param>
public sealed record RuleSetCoverage(string Id, string Version, string File, IReadOnlyList<RuleCoverage> Rules)
{
    /// <summary>How many rules fired in at least one test.</summary>
    public int RulesFired => Rules.Count(r => r.FiredIn > 0);

    /// <summary>How many conditions the rules have.</summary>
    public int ConditionCount => Rules.Sum(r => r.Conditions.Count);

    /// <summary>How many conditions were seen both to hold and to fail.</summary>
    public int ConditionsCovered => Rules.Sum(r => r.Conditions.Count(c => c.Covered));
}
