using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Priorities.Import;

namespace Priorities.Benchmarks.Import;

/// <summary>
/// Importing data.police.uk street-level files: the Northumbria months in ../shared/data (all 34: 538,885 rows) for
/// the force's six partnership areas, against merely decompressing the same files. <see cref="Months"/> shows how
/// the time grows with the rows. The data folder is found beside the repository (../shared/data) or through the
/// PRIORITIES_SHARED_DATA environment variable.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private static readonly string[] Areas = ["Newcastle upon Tyne", "Sunderland", "Northumberland", "Gateshead", "North Tyneside", "South Tyneside"];
    private string[] _files = [];

    [Params(12, 34)]
    public int Months { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(SharedData(), "police-uk-northumbria");
        _files = Directory.GetFiles(folder, "*.csv.gz").Order(StringComparer.Ordinal).Take(Months).ToArray();
        if (_files.Length != Months) throw new InvalidOperationException($"{folder} holds {_files.Length} monthly files, not {Months}.");
    }

    [Benchmark(Baseline = true)]
    public long DecompressOnly()
    {
        long bytes = 0;
        var buffer = new byte[1 << 16];
        foreach (var file in _files)
        {
            using var zip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            int read;
            while ((read = zip.Read(buffer)) > 0) bytes += read;
        }
        return bytes;
    }

    [Benchmark]
    public int ImportNorthumbria()
    {
        var options = new PoliceUkImportOptions
        {
            Inputs = _files,
            Areas = Areas,
            Current = new MonthRange(new YearMonth(2022, 3), new YearMonth(2023, 2)),
            AllowGaps = true,
        };
        return PoliceUkImporter.ImportAsync(options).GetAwaiter().GetResult().Assessment.Trends.Count;
    }

    private static string SharedData()
    {
        if (Environment.GetEnvironmentVariable("PRIORITIES_SHARED_DATA") is { Length: > 0 } configured) return configured;
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (!File.Exists(Path.Combine(folder.FullName, "Priorities.sln"))) continue;
            var shared = Path.Combine(folder.FullName, "..", "shared", "data");
            if (Directory.Exists(shared)) return Path.GetFullPath(shared);
        }
        throw new DirectoryNotFoundException("No ../shared/data beside the repository; set PRIORITIES_SHARED_DATA to the data folder.");
    }
}
