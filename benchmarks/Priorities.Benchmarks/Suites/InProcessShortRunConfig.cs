using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Priorities.Benchmarks.Suites;

/// <summary>
/// ShortRun (one launch, three warm-up and three measured iterations) inside the benchmark's own process: no
/// generated project is built, which on the shared 2-core machine under load took longer than BenchmarkDotNet's
/// two-minute build timeout.
/// </summary>
public sealed class InProcessShortRunConfig : ManualConfig
{
    public InProcessShortRunConfig() =>
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
}
