using BenchmarkDotNet.Attributes;
using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Benchmarks.Plans;
using Priorities.Benchmarks.Suites;
using Priorities.RuleSets;
using Priorities.Sensitivity;

namespace Priorities.Benchmarks.Sensitivity;

/// <summary>
/// Weight sensitivity of the Oxford sample under the shipped Oxford rule set with the defaults (spread 20%, 2,000
/// samples, seed 1): one engine session, 2,000 Monte Carlo re-scorings and the one-at-a-time flip search. The target
/// is under 2 seconds. In process, like the other suites run on the shared machine.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortRunConfig))]
public class SensitivityBenchmarks
{
    private PlanRuleSet _ruleSet = null!;
    private Assessment _oxford = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        var rules = Path.Combine(root, "rules", "oxford.yaml");
        _ruleSet = RuleSetLoader.Load(rules).RuleSet ?? throw new InvalidOperationException($"{rules} does not compile.");
        _oxford = AssessmentReader.Read(Path.Combine(root, "samples", "oxford-city-2024.yaml")).Assessment!;
    }

    /// <summary>The whole analysis with the defaults: 2,000 samples.</summary>
    [Benchmark]
    public int AnalyzeOxford2000() => SensitivityAnalyzer.Analyze(_ruleSet, _oxford).Priorities.Count;
}
