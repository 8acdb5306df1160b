using System.Globalization;
using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using Priorities.Benchmarks.Plans;

namespace Priorities.Benchmarks.Serving;

/// <summary>
/// <c>priorities serve</c> under load on loopback, as the hardening campaign of issue 15 drove it: 64 proposals of the
/// Oxford sample at a time from 16 concurrent callers (the mean is per proposal, so its inverse is the throughput),
/// alone or next to 8 callers validating a 1 MB rule set over and over (which the validation limit must keep from
/// starving the proposals). Each proposal must answer 200. Besides the burst times, the summary gives the p50 and p99
/// latency of single proposals over the measured rounds (about 2,500 proposals) and the server's peak memory.
/// </summary>
[Config(typeof(ServeLoadConfig))]
[MinColumn]
[MaxColumn]
public class ServeLoadBenchmarks
{
    private const int Proposals = 256;
    private const int MeasuredRounds = 10;
    private const int Callers = 16;
    private ServedHost _host = null!;
    private byte[] _assessment = [];
    private byte[] _largeRuleSet = [];
    private volatile bool _stopping;
    private Task[] _hostile = [];

    /// <summary>How many callers validate a large rule set in a loop meanwhile.</summary>
    [Params(0, 8)]
    public int HostileValidations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _assessment = File.ReadAllBytes(Path.Combine(RepositoryRoot.Find(), "samples", "oxford-city-2024.yaml"));
        _largeRuleSet = Encoding.UTF8.GetBytes(LargeRuleSet(3_000));
        _host = ServedHost.Start();
        _stopping = false;
        _hostile = Enumerable.Range(0, HostileValidations).Select(_ => Task.Run(ValidateForever)).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _stopping = true;
        Task.WaitAll(_hostile.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)).ToArray());
        ServeLoadStatistics.Peak(Key, _host.PeakResidentBytes);
        Console.WriteLine($"// serve peak resident memory: {_host.PeakResidentBytes / (1024 * 1024)} MB");
        _host.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Proposals)]
    public int Propose()
    {
        var next = -1;
        var answered = 0;
        ServeLoadStatistics.StartRound(Key, MeasuredRounds);
        Task.WaitAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) < Proposals)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                using var response = await _host.Client.PostAsync("/v1/proposals", Body(_assessment)).ConfigureAwait(false);
                ServeLoadStatistics.Record(Key, System.Diagnostics.Stopwatch.GetElapsedTime(started));
                if (response.StatusCode != HttpStatusCode.OK)
                    throw new InvalidOperationException($"A proposal answered {(int)response.StatusCode}.");
                Interlocked.Increment(ref answered);
            }
        })).ToArray());
        return answered;
    }

    /// <summary>The statistics key of a benchmark case: its number of hostile validators.</summary>
    public static string KeyOf(BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters[nameof(HostileValidations)]?.ToString() ?? string.Empty;

    private string Key => HostileValidations.ToString(CultureInfo.InvariantCulture);

    private async Task ValidateForever()
    {
        while (!_stopping)
        {
            using var response = await _host.Client.PostAsync("/v1/rulesets/validate", Body(_largeRuleSet)).ConfigureAwait(false);
        }
    }

    private static ByteArrayContent Body(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/yaml");
        return content;
    }

    /// <summary>A valid rule set of <paramref name="rules"/> distinct rules over one priority (about 330 bytes each).</summary>
    private static string LargeRuleSet(int rules)
    {
        var text = new StringBuilder("""
            ruleset: load
            version: "1"
            priorities:
              - { id: burglary, title: Burglary, theme: Acquisitive, covers: [burglary] }
            scoring:
              method: weighted-sum
              dimensions:
                trend: { weight: 1 }
              select: { top: 3 }
            rules:

            """);
        for (var i = 0; i < rules; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"""
                  - id: rule-{i}
                    when:
                      - fact: trend
                        as: t
                        where: t.category == 'burglary' and has(t.changePct) and t.changePct >= {i % 97} and t.count > {i}
                    then:
                      propose: burglary
                      score: {"{"} trend: t.changePct {"}"}
                      because: "Burglary rose {"{"}t.changePct{"}"}% (rule {i})"

                """);
        }
        return text.ToString();
    }
}
