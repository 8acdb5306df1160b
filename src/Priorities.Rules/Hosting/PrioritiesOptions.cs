using Priorities.RuleSets;
using Priorities.RuleSets.Model;

namespace Priorities.Hosting;

/// <summary>Settings of <see cref="PrioritiesServiceCollectionExtensions.AddPriorities"/>: which rule set to serve and whether to follow edits.</summary>
public sealed class PrioritiesOptions
{
    /// <summary>
    /// Rule files or folders of them that together name exactly one root rule set (a file that another includes is
    /// not a root). Relative paths resolve from the current directory.
    /// </summary>
    public IList<string> Rules { get; } = [];

    /// <summary>
    /// The name of a rule set shipped in this package (<see cref="ShippedRuleSets.Names"/>) to serve instead of
    /// <see cref="Rules"/>; name one or the other. Set it with <see cref="UseShippedRuleSet"/>. Shipped rule sets never
    /// change, so <see cref="WatchForChanges"/> has nothing to follow for them.
    /// </summary>
    public string? ShippedRuleSet { get; set; }

    /// <summary>
    /// Reload the rule set when one of its files (the root or an include) changes on disk. A reload that does not
    /// compile is logged with its diagnostics and the last good rule set keeps serving. Default: false.
    /// </summary>
    public bool WatchForChanges { get; set; }

    /// <summary>How long the files must stay quiet after a change before the reload (editors write in bursts). Default: 250 ms.</summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The budget of each evaluation with the served rule set (see <see cref="PlanRuleSet.WithBudget"/>);
    /// <see cref="EvaluationBudget.Default"/> unless set.
    /// </summary>
    public EvaluationBudget Evaluation { get; set; } = EvaluationBudget.Default;

    /// <summary>Serves a rule set shipped in this package, such as <c>oxford</c>, with its includes; no checkout needed.</summary>
    /// <param name="name">A name of <see cref="ShippedRuleSets.Names"/>.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException">No rule set of that name is shipped.</exception>
    public PrioritiesOptions UseShippedRuleSet(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!ShippedRuleSets.Contains(name))
            throw new ArgumentException($"No rule set '{name}' is shipped; the shipped ones are {string.Join(", ", ShippedRuleSets.Names)}.", nameof(name));
        ShippedRuleSet = name;
        return this;
    }
}
