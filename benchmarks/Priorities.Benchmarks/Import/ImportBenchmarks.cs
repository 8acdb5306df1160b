using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Priorities.Benchmarks.Suites;
using Priorities.Import;
using Priorities.Import.PoliceUk;

namespace Priorities.Benchmarks.Import;

/// <summary>
/// Importing data.police.uk street-level files in process: the first <see cref="Months"/> Northumbria months in
/// ../shared/data (all 34: 538,885 rows) for the force's six partnership areas, against merely decompressing the same
/// files. The four sizes show how the time grows with the rows. Whole processes (zcat, Python, the CLI) are compared
/// in <see cref="ImportProcessBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ModerateRunConfig))]
public class ImportBenchmarks
{
    private string[] _files = [];

    /// <summary>How many monthly files are read (the first ones, in month order).</summary>
    [Params(6, 12, 23, 34)]
    public int Months { get; set; }

    [GlobalSetup]
    public void Setup() => _files = NorthumbriaData.Files(Months);

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
            Areas = NorthumbriaData.Areas,
            Current = new MonthRange(new YearMonth(2022, 3), new YearMonth(2023, 2)),
            AllowGaps = true,
        };
        return PoliceUkImporter.ImportAsync(options).GetAwaiter().GetResult().Assessment.Trends.Count;
    }
}
