using System.Collections.Concurrent;
using System.Globalization;

namespace Priorities.Benchmarks.Serving;

/// <summary>
/// What one load case measured beyond BenchmarkDotNet's burst times: the latency of every proposal in the measured
/// rounds (for percentiles) and the server's peak memory. The load test runs in the benchmark's process, so the
/// summary's columns read these directly.
/// </summary>
internal static class ServeLoadStatistics
{
    private static readonly ConcurrentDictionary<string, Case> Cases = new(StringComparer.Ordinal);

    /// <summary>Starts a round of a case; only the last <paramref name="measured"/> rounds are kept.</summary>
    public static void StartRound(string key, int measured) => Cases.GetOrAdd(key, _ => new Case()).Start(measured);

    /// <summary>Records one proposal's latency in the current round.</summary>
    public static void Record(string key, TimeSpan latency) => Cases[key].Record(latency.TotalMilliseconds);

    /// <summary>Records the server's peak resident memory for a case.</summary>
    public static void Peak(string key, long bytes) => Cases.GetOrAdd(key, _ => new Case()).PeakBytes = bytes;

    /// <summary>The latency at a percentile (nearest rank) over the kept rounds, in milliseconds, or null.</summary>
    public static double? Percentile(string key, double percentile) =>
        Cases.TryGetValue(key, out var c) ? c.Percentile(percentile) : null;

    /// <summary>The server's peak resident memory in MB, or null.</summary>
    public static string? PeakMegabytes(string key) =>
        Cases.TryGetValue(key, out var c) && c.PeakBytes > 0
            ? (c.PeakBytes / (1024.0 * 1024)).ToString("0", CultureInfo.InvariantCulture)
            : null;

    /// <summary>How many proposals the kept rounds hold.</summary>
    public static int Count(string key) => Cases.TryGetValue(key, out var c) ? c.Count : 0;

    private sealed class Case
    {
        private readonly Queue<ConcurrentBag<double>> _rounds = new();
        private ConcurrentBag<double> _current = [];

        public long PeakBytes { get; set; }

        public int Count
        {
            get { lock (_rounds) return _rounds.Sum(r => r.Count); }
        }

        public void Start(int measured)
        {
            lock (_rounds)
            {
                _current = [];
                _rounds.Enqueue(_current);
                while (_rounds.Count > measured) _rounds.Dequeue();
            }
        }

        public void Record(double milliseconds) => _current.Add(milliseconds);

        public double? Percentile(double percentile)
        {
            double[] all;
            lock (_rounds) all = _rounds.SelectMany(r => r).Order().ToArray();
            if (all.Length == 0) return null;
            var rank = (int)Math.Ceiling(percentile / 100 * all.Length);
            return all[Math.Clamp(rank - 1, 0, all.Length - 1)];
        }
    }
}
