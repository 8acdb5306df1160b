using Priorities.Benchmarks.Workload;
using RulesEngine.Models;

namespace Priorities.Benchmarks.Baselines;

/// <summary>
/// The workload through Microsoft RulesEngine. RulesEngine has no joins and no working memory, so
/// each evaluation indexes the facts like the hand-written baseline and, per trend, executes the
/// workflow of the trend's category with the candidate tuple (t, h, cc, d); every successful rule
/// is one contribution, its points computed from the rule's weight by the same formula.
/// </summary>
public sealed class MicrosoftRulesEngineRunner
{
    private readonly RulesEngine.RulesEngine engine;
    private readonly Dictionary<string, WorkloadRule> rulesById;
    private readonly HashSet<string> workflows;

    private MicrosoftRulesEngineRunner(RulesEngine.RulesEngine engine, IEnumerable<WorkloadRule> rules, IEnumerable<string> workflows)
    {
        this.engine = engine;
        rulesById = rules.ToDictionary(rule => rule.Id, StringComparer.Ordinal);
        this.workflows = workflows.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Creates the engine and executes every workflow once with placeholder facts: RulesEngine
    /// compiles a workflow's expressions on its first execution and caches them, so this is its
    /// compile step and later evaluations only execute.
    /// </summary>
    public static async Task<MicrosoftRulesEngineRunner> CompileAsync(IReadOnlyCollection<WorkloadRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var workflows = RulesEngineWorkflowFactory.CreateWorkflows(rules);
        var engine = new RulesEngine.RulesEngine(workflows, new ReSettings());
        foreach (var workflow in workflows)
        {
            var category = workflow.WorkflowName;
            var inputs = Inputs(
                new CrimeTrend(category, "Ward0000", 2015, 0, 0, 0),
                new HarmScore(category, 0),
                new CommunityConcern(category, "Ward0000", 0),
                []);
            await engine.ExecuteAllRulesAsync(category, inputs).ConfigureAwait(false);
        }

        return new MicrosoftRulesEngineRunner(engine, rules, workflows.Select(workflow => workflow.WorkflowName));
    }

    public async Task<IReadOnlyList<Contribution>> EvaluateAsync(WorkloadFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var index = new RulesEngineFactIndex(facts);
        var contributions = new List<Contribution>();
        foreach (var trend in facts.Trends)
        {
            if (!workflows.Contains(trend.Category))
            {
                continue;
            }

            var inputs = Inputs(trend, index.Harm(trend.Category), index.Concern(trend.Category, trend.Area), index.Duties);
            var results = await engine.ExecuteAllRulesAsync(trend.Category, inputs).ConfigureAwait(false);
            Collect(results, inputs, contributions);
        }

        return contributions;
    }

    private static RuleParameter[] Inputs(CrimeTrend t, HarmScore? h, CommunityConcern? cc, StatutoryDuty[] d) =>
    [
        RuleParameter.Create("t", t),
        RuleParameter.Create("h", h),
        RuleParameter.Create("cc", cc),
        RuleParameter.Create("d", d),
    ];

    private void Collect(List<RuleResultTree> results, RuleParameter[] inputs, List<Contribution> contributions)
    {
        var t = (CrimeTrend)inputs[0].Value;
        foreach (var result in results)
        {
            if (result.IsSuccess)
            {
                var rule = rulesById[result.Rule.RuleName];
                contributions.Add(new Contribution(rule.Id, t.Category, t.Area, Points(rule, t, inputs)));
            }
        }
    }

    private static double Points(WorkloadRule rule, CrimeTrend t, RuleParameter[] inputs) => rule.Template switch
    {
        RuleTemplate.RisingTrend => rule.Weight * t.DeltaPct / 10,
        RuleTemplate.HighHarm => rule.Weight * ((HarmScore)inputs[1].Value).Score / 10,
        RuleTemplate.CommunityConcern => rule.Weight * ((CommunityConcern)inputs[2].Value).Level,
        RuleTemplate.StatutoryDuty => rule.Weight * 5,
        _ => throw new InvalidOperationException("Unknown rule template."),
    };
}
