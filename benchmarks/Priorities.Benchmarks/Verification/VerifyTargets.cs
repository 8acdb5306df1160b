using Priorities.Benchmarks.Baselines;
using Priorities.Benchmarks.Engines;
using Priorities.Benchmarks.Workload;

namespace Priorities.Benchmarks.Verification;

/// <summary>The implementations <c>verify</c> checks against <see cref="ExpectedChecksums"/>.</summary>
public static class VerifyTargets
{
    public static IReadOnlyList<VerifyTarget> All(VerifyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return
        [
            new VerifyTarget("HandWritten", _ => true, CompileHandWritten),
            new VerifyTarget("RulesEngine", size => options.RunsRulesEngine(size.Facts), CompileRulesEngineAsync),
            new VerifyTarget("PrioritiesEngine", _ => true, CompilePrioritiesEngine),
        ];
    }

    private static Task<Func<Task<IReadOnlyList<Contribution>>>> CompileHandWritten(GeneratedWorkload workload)
    {
        var engine = HandWrittenEngine.Compile(workload.Rules);
        Func<Task<IReadOnlyList<Contribution>>> evaluate = () => Task.FromResult(engine.Evaluate(workload.Facts));
        return Task.FromResult(evaluate);
    }

    private static Task<Func<Task<IReadOnlyList<Contribution>>>> CompilePrioritiesEngine(GeneratedWorkload workload)
    {
        var engine = PrioritiesEngineRunner.Compile(workload.Rules);
        Func<Task<IReadOnlyList<Contribution>>> evaluate = () => Task.FromResult(engine.Evaluate(workload.Facts));
        return Task.FromResult(evaluate);
    }

    private static async Task<Func<Task<IReadOnlyList<Contribution>>>> CompileRulesEngineAsync(GeneratedWorkload workload)
    {
        var runner = await MicrosoftRulesEngineRunner.CompileAsync([.. workload.Rules]).ConfigureAwait(false);
        return () => runner.EvaluateAsync(workload.Facts);
    }
}
