using BenchmarkDotNet.Attributes;
using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Benchmarks.Suites;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Results;
using Priorities.RuleSets;
using Priorities.RuleSets.Compilation;
using Priorities.RuleSets.Loading;

namespace Priorities.Benchmarks.Plans;

/// <summary>
/// The product path on the shipped rule sets and the real sample assessments: loading and compiling a rule set from
/// YAML (with its includes), evaluating one partnership's assessment (one engine session, scoring, ranking and
/// explanations) of the Oxford sample, and evaluating every shipped sample (12: Oxford, Northumbria's six areas,
/// three more Oxfordshire districts and the two seed samples) one after another with one compiled set.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ModerateRunConfig))]
public class PlanBenchmarks
{
    private PlanRuleSet _ruleSet = null!;
    private Assessment[] _samples = [];
    private Assessment _oxford = null!;
    private string _rulesFile = string.Empty;

    /// <summary>The shipped rule set measured.</summary>
    [Params("oxford", "matrix", "morile")]
    public string RuleSet { get; set; } = "oxford";

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        _rulesFile = Path.Combine(root, "rules", RuleSet + ".yaml");
        _ruleSet = RuleSetLoader.Load(_rulesFile).RuleSet ?? throw new InvalidOperationException($"{_rulesFile} does not compile.");
        _samples = Directory.GetFiles(Path.Combine(root, "samples"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => AssessmentReader.Read(f).Assessment ?? throw new InvalidOperationException($"{f} is not a valid assessment."))
            .ToArray();
        _oxford = AssessmentReader.Read(Path.Combine(root, "samples", "oxford-city-2024.yaml")).Assessment!;
    }

    /// <summary>Reading the YAML (with includes) and compiling it to the engine, bypassing the compiled-rules cache.</summary>
    [Benchmark]
    public int LoadAndCompile()
    {
        var bag = new DiagnosticBag();
        var document = RuleSetReader.Read(_rulesFile, bag) ?? throw new InvalidOperationException("The rule set does not read.");
        return RuleSetCompiler.Compile(document, bag)!.Document.Rules.Count;
    }

    /// <summary>Loading an unchanged rule set again: the files are read and hashed, the compiled rules come from the cache.</summary>
    [Benchmark]
    public int LoadUnchanged() => RuleSetLoader.Load(_rulesFile).RuleSet!.RuleCount;

    [Benchmark]
    public int EvaluateOxford() => _ruleSet.Evaluate(_oxford).Priorities.Count;

    [Benchmark]
    public int EvaluateAllSamples()
    {
        var total = 0;
        foreach (var sample in _samples) total += _ruleSet.Evaluate(sample).Priorities.Count;
        return total;
    }

    [Benchmark]
    public int EvaluateOxfordToJson() => PlanResultSerializer.ToJson(_ruleSet.Evaluate(_oxford)).Length;
}
