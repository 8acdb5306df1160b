using BenchmarkDotNet.Running;
using Priorities.Benchmarks.Verification;

namespace Priorities.Benchmarks;

/// <summary>
/// Entry point: <c>verify [--max-facts N] [--rulesengine]</c> checks every implementation against
/// the checksums of WORKLOAD.md; any other arguments go to BenchmarkDotNet's switcher.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "verify")
        {
            return await VerifyCommand.RunAsync(args[1..]).ConfigureAwait(false);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
