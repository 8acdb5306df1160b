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
/// explanations), and evaluating all seven samples (Oxford and Northumbria's six areas) with one compiled set.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ModerateRunConfig))]
public class PlanBenchmarks
{
    private PlanRuleSet _ruleSet = null!;
    private Assessment[] _samples = [];
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
    public int EvaluateOxford() => _ruleSet.Evaluate(_samples[^1]).Priorities.Count;

    [Benchmark]
    public int EvaluateAllSamples()
    {
        var total = 0;
        foreach (var sample in _samples) total += _ruleSet.Evaluate(sample).Priorities.Count;
        return total;
    }

    [Benchmark]
    public int EvaluateOxfordToJson() => PlanResultSerializer.ToJson(_ruleSet.Evaluate(_samples[^1])).Length;
}
