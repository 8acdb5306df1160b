using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Priorities.Benchmarks.Plans;

namespace Priorities.Benchmarks.Import;

/// <summary>
/// Issue 5's speed claim as whole processes over the same 34 Northumbria files (538,885 rows): merely decompressing
/// them (<c>zcat</c> to /dev/null, the baseline), a plain Python csv-module aggregation of the same rows
/// (benchmarks/baselines/police_uk_aggregate.py) and the priorities CLI importing them for the six areas. Each
/// operation is one launch, start-up included. Needs zcat, python3 and the .NET SDK on the PATH; the CLI is built
/// (Release) in the setup, so the benchmark measures the current sources.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, id: "Process")]
[MinColumn]
[MaxColumn]
public class ImportProcessBenchmarks
{
    private const int Months = 34;
    private string[] _files = [];
    private string _python = string.Empty;
    private string _script = string.Empty;
    private string _cli = string.Empty;
    private string _out = string.Empty;

    [GlobalSetup(Target = nameof(Zcat))]
    public void SetupZcat()
    {
        _files = NorthumbriaData.Files(Months);
        ChildProcess.Require("zcat", "for the decompression baseline");
    }

    /// <summary>Finds the interpreter behind <c>python3</c> (a pyenv shim would add its own start-up to each run).</summary>
    [GlobalSetup(Target = nameof(PythonCsvModule))]
    public void SetupPython()
    {
        _files = NorthumbriaData.Files(Months);
        ChildProcess.Require("python3", "for the Python csv-module baseline");
        _python = ChildProcess.Run("python3", ["-c", "import sys; print(sys.executable)"]).Trim();
        _script = Path.Combine(RepositoryRoot.Find(), "benchmarks", "baselines", "police_uk_aggregate.py");
        if (!File.Exists(_script)) throw new FileNotFoundException("The Python baseline is missing.", _script);
    }

    [GlobalSetup(Target = nameof(PrioritiesCli))]
    public void SetupCli()
    {
        _files = NorthumbriaData.Files(Months);
        var root = RepositoryRoot.Find();
        var project = Path.Combine(root, "src", "Priorities.Host");
        ChildProcess.Run("dotnet", ["build", project, "-c", "Release", "-nologo", "-v", "q", "-nodeReuse:false", "--disable-build-servers"]);
        _cli = Path.Combine(project, "bin", "Release", $"net{Environment.Version.Major}.0", "priorities.dll");
        if (!File.Exists(_cli)) throw new FileNotFoundException("The CLI did not build where expected.", _cli);
        _out = Path.Combine(Path.GetTempPath(), $"priorities-import-benchmark-{Environment.ProcessId}.json");
    }

    [GlobalCleanup(Target = nameof(PrioritiesCli))]
    public void CleanupCli() => File.Delete(_out);

    [Benchmark(Baseline = true)]
    public int Zcat() =>
        ChildProcess.Run("sh", ["-c", "exec zcat -- \"$@\" > /dev/null", "zcat", .. _files]).Length;

    [Benchmark]
    public int PythonCsvModule() => ChildProcess.Run(_python, [_script, .. _files]).Length;

    [Benchmark]
    public int PrioritiesCli()
    {
        string[] import = ["import", "police-uk", "--current", NorthumbriaData.CurrentWindow, "--allow-gaps", "--format", "json", "--out", _out];
        var areas = NorthumbriaData.Areas.SelectMany(area => new[] { "--area", area });
        var inputs = _files.SelectMany(file => new[] { "--input", file });
        return ChildProcess.Run("dotnet", [_cli, .. import, .. areas, .. inputs]).Length;
    }
}
