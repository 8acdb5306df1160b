using System.Diagnostics;
using System.Globalization;
using System.Text;
using Priorities.Benchmarks.Workload;

namespace Priorities.Benchmarks.Verification;

/// <summary>
/// <c>verify [--max-facts N] [--rulesengine]</c>: generates every size of the workload matrix up to
/// N facts, evaluates it with each implementation and compares the checksum with WORKLOAD.md.
/// Returns 0 when every checksum matches, 1 on any mismatch and 2 on invalid arguments.
/// </summary>
public static class VerifyCommand
{
    private static readonly CompositeFormat RowFormat =
        CompositeFormat.Parse("{0,7} {1,5}  {2,-16} {3,9}  {4,13}  {5,-40} {6,10}  {7}");

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (!VerifyOptions.TryParse(args, out var options, out var error))
        {
            await Console.Error.WriteLineAsync(error).ConfigureAwait(false);
            return 2;
        }

        var targets = VerifyTargets.All(options);
        WriteHeader();
        var failures = 0;
        foreach (var size in ExpectedChecksums.Sizes.Where(size => size.Facts <= options.MaxFacts))
        {
            failures += await VerifySizeAsync(size, targets).ConfigureAwait(false);
        }

        Console.WriteLine();
        Console.WriteLine(failures == 0 ? "verify: all checksums match" : $"verify: {failures} mismatch(es)");
        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> VerifySizeAsync(WorkloadSize size, IReadOnlyList<VerifyTarget> targets)
    {
        var workload = WorkloadGenerator.Generate(size);
        var expected = ExpectedChecksums.For(size);
        WriteRow(size, "expected", expected, string.Empty, string.Empty);
        var failures = 0;
        foreach (var target in targets.Where(target => target.RunsAt(size)))
        {
            var evaluate = await target.Compile(workload).ConfigureAwait(false);
            var stopwatch = Stopwatch.StartNew();
            var contributions = await evaluate().ConfigureAwait(false);
            stopwatch.Stop();
            var actual = Checksum.Compute([.. contributions]);
            var matches = actual == expected;
            failures += matches ? 0 : 1;
            var elapsed = stopwatch.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture) + " ms";
            WriteRow(size, target.Name, actual, elapsed, matches ? "OK" : "MISMATCH");
        }

        return failures;
    }

    private static void WriteHeader()
    {
        Console.WriteLine(Format("facts", "rules", "implementation", "contribs", "total points", "top", "first run", "status"));
        Console.WriteLine(new string('-', 120));
    }

    private static void WriteRow(WorkloadSize size, string name, Checksum checksum, string elapsed, string status) =>
        Console.WriteLine(Format(
            size.Facts.ToString("N0", CultureInfo.InvariantCulture),
            size.Rules.ToString(CultureInfo.InvariantCulture),
            name,
            checksum.Contributions.ToString("N0", CultureInfo.InvariantCulture),
            checksum.Total,
            checksum.Top,
            elapsed,
            status));

    private static string Format(params object[] cells) => string.Format(CultureInfo.InvariantCulture, RowFormat, cells);
}
