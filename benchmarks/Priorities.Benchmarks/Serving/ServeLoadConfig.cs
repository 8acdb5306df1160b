using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Priorities.Benchmarks.Serving;

/// <summary>
/// The load test's job: the callers run in the benchmark's own process (the server is a process of its own anyway),
/// two warm-up and ten measured rounds of one invocation each, as a monitoring run: each round is a burst of traffic.
/// </summary>
public sealed class ServeLoadConfig : ManualConfig
{
    public ServeLoadConfig() => AddJob(Job.Default
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1)
        .WithWarmupCount(2)
        .WithIterationCount(10)
        .WithInvocationCount(1)
        .WithUnrollFactor(1)
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithId("Loopback"))
        .AddColumn(ServeLoadColumn.All);
}
