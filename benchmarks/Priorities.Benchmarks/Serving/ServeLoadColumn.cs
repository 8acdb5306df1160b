using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Priorities.Benchmarks.Serving;

/// <summary>
/// A column of the load test read from <see cref="ServeLoadStatistics"/>: a latency percentile of single proposals,
/// the number of proposals measured, or the server's peak memory.
/// </summary>
internal sealed class ServeLoadColumn(string name, Func<string, string?> value) : IColumn
{
    public static IColumn[] All { get; } =
    [
        new ServeLoadColumn("Proposals", k => ServeLoadStatistics.Count(k).ToString(CultureInfo.InvariantCulture)),
        new ServeLoadColumn("P50", k => Milliseconds(ServeLoadStatistics.Percentile(k, 50))),
        new ServeLoadColumn("P99", k => Milliseconds(ServeLoadStatistics.Percentile(k, 99))),
        new ServeLoadColumn("Peak RSS MB", ServeLoadStatistics.PeakMegabytes),
    ];

    public string Id => $"ServeLoad.{name}";

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => name switch
    {
        "P50" or "P99" => $"{name} latency of a single proposal over the measured rounds (ms)",
        "Proposals" => "Proposals measured (every one answered 200)",
        _ => "Peak resident memory of the serve process (MB)",
    };

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        value(ServeLoadBenchmarks.KeyOf(benchmarkCase)) ?? "-";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    private static string? Milliseconds(double? ms) => ms?.ToString("0.0", CultureInfo.InvariantCulture);
}
