using Priorities.Benchmarks.Workload;

namespace Priorities.Benchmarks.Verification;

/// <summary>
/// One implementation checked by <c>verify</c>: its name, whether it runs at a size, and how it
/// compiles the rules and evaluates the facts of a generated workload (compile is not timed).
/// </summary>
public sealed record VerifyTarget(
    string Name,
    Func<WorkloadSize, bool> RunsAt,
    Func<GeneratedWorkload, Task<Func<Task<IReadOnlyList<Contribution>>>>> Compile);
