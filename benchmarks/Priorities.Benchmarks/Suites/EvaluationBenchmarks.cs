using BenchmarkDotNet.Attributes;
using Priorities.Benchmarks.Baselines;
using Priorities.Benchmarks.Engines;
using Priorities.Benchmarks.Workload;

namespace Priorities.Benchmarks.Suites;

/// <summary>
/// One whole evaluation of the workload (new session, insert all facts, fire all rules, collect the
/// contributions) for each cell of the matrix. Rules are compiled once in the global setup.
/// </summary>
[Config(typeof(ModerateRunConfig))]
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private GeneratedWorkload workload = null!;
    private HandWrittenEngine handWritten = null!;
    private MicrosoftRulesEngineRunner rulesEngine = null!;
    private PrioritiesEngineRunner prioritiesEngine = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Facts { get; set; }

    [Params(50, 500)]
    public int Rules { get; set; }

    [GlobalSetup(Target = nameof(HandWritten))]
    public void SetupHandWritten()
    {
        workload = WorkloadGenerator.Generate(Facts, Rules);
        handWritten = HandWrittenEngine.Compile(workload.Rules);
    }

    [GlobalSetup(Target = nameof(RulesEngine))]
    public async Task SetupRulesEngineAsync()
    {
        workload = WorkloadGenerator.Generate(Facts, Rules);
        rulesEngine = await MicrosoftRulesEngineRunner.CompileAsync([.. workload.Rules]).ConfigureAwait(false);
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<Contribution> HandWritten() => handWritten.Evaluate(workload.Facts);

    [Benchmark]
    public Task<IReadOnlyList<Contribution>> RulesEngine() => rulesEngine.EvaluateAsync(workload.Facts);

    [GlobalSetup(Target = nameof(PrioritiesEngine))]
    public void SetupPrioritiesEngine()
    {
        workload = WorkloadGenerator.Generate(Facts, Rules);
        prioritiesEngine = PrioritiesEngineRunner.Compile(workload.Rules);
    }

    [Benchmark]
    public IReadOnlyList<Contribution> PrioritiesEngine() => prioritiesEngine.Evaluate(workload.Facts);
}
