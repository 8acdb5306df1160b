using BenchmarkDotNet.Attributes;
using Priorities.Benchmarks.Baselines;
using Priorities.Benchmarks.Engines;
using Priorities.Benchmarks.Workload;

namespace Priorities.Benchmarks.Suites;

/// <summary>
/// Compiling the rules, without evaluating any facts. RulesEngine compiles a workflow on its first
/// execution, so its compile step is creating the engine plus one execution per category workflow.
/// </summary>
[Config(typeof(ModerateRunConfig))]
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private WorkloadRule[] rules = [];

    [Params(50, 500)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup() => rules = [.. WorkloadGenerator.Generate(1_000, Rules).Rules];

    [Benchmark(Baseline = true)]
    public HandWrittenEngine HandWritten() => HandWrittenEngine.Compile(rules);

    [Benchmark]
    public Task<MicrosoftRulesEngineRunner> RulesEngine() => MicrosoftRulesEngineRunner.CompileAsync(rules);

    [Benchmark]
    public PrioritiesEngineRunner PrioritiesEngine() => PrioritiesEngineRunner.Compile(rules);
}
