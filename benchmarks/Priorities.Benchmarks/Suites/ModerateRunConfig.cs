using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Priorities.Benchmarks.Suites;

/// <summary>
/// The job of every suite, chosen to keep a full run moderate: one launch, three warm-up and five
/// measured iterations (ShortRun measures three). Microsoft RulesEngine is left out above
/// <see cref="RulesEngineMaxFacts"/> facts unless the environment variable
/// <c>BENCH_RULESENGINE_ALL_SIZES=1</c> is set.
/// </summary>
public sealed class ModerateRunConfig : ManualConfig
{
    public const int RulesEngineMaxFacts = 10_000;

    public ModerateRunConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(5)
            .WithId("Moderate"));
        if (Environment.GetEnvironmentVariable("BENCH_RULESENGINE_ALL_SIZES") != "1")
        {
            AddFilter(new SimpleFilter(IsWithinRulesEngineLimit));
        }
    }

    private static bool IsWithinRulesEngineLimit(BenchmarkCase benchmark) =>
        benchmark.Descriptor.WorkloadMethod.Name != nameof(EvaluationBenchmarks.RulesEngine)
        || benchmark.Parameters["Facts"] is not int facts
        || facts <= RulesEngineMaxFacts;
}
