using BenchmarkDotNet.Attributes;
using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Benchmarks.Plans;
using Priorities.Benchmarks.Suites;
using Priorities.Import.Harm;
using Priorities.Import.Ons;
using Priorities.RuleSets;
using Priorities.RuleSets.Loading;

namespace Priorities.Benchmarks.Import;

/// <summary>
/// Every partnership in England and Wales (issue 13, part 3): <c>import ons-csp --all</c> in process over the real ONS
/// table C2 (314 partnerships) with the census population, the nearest-areas list and the CCHI harm weights, writing
/// one YAML assessment per partnership; then the shipped <c>matrix.yaml</c>, compiled once, evaluating each of them,
/// from the files (as <c>propose --assessment DIR</c> would) and from assessments already read.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortRunConfig))]
public class NationalBenchmarks
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "priorities-national-bench", Guid.NewGuid().ToString("N"));
    private OnsCspNationalOptions _options = null!;
    private PlanRuleSet _matrix = null!;
    private Assessment[] _assessments = [];

    [GlobalSetup]
    public void Setup()
    {
        var data = NorthumbriaData.SharedData();
        _options = new OnsCspNationalOptions
        {
            Input = Path.Combine(data, "ons-recorded-crime-csp", "csp_table_C2_ye_june2025.csv"),
            PopulationFile = Path.Combine(data, "ons-census-2021-population", "lad_population_2011_2021.csv"),
            NeighboursFile = Path.Combine(data, "ons-census-2021-population", "lad_neighbours.json"),
            OutputFolder = _out,
        };
        _matrix = RuleSetLoader.Load(Path.Combine(RepositoryRoot.Find(), "rules", "matrix.yaml")).RuleSet
            ?? throw new InvalidOperationException("matrix.yaml does not compile.");
        if (ImportAll() != 314) throw new InvalidOperationException("The table should give 314 partnerships.");
        _assessments = Files().Select(Read).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_out, recursive: true);

    /// <summary>The harm weights imported once, then every partnership's assessment written.</summary>
    [Benchmark]
    public int ImportAll()
    {
        var weights = Path.Combine(NorthumbriaData.SharedData(), "cambridge-chi", "cchi_weights.csv");
        var harm = HarmImporter.ImportAsync(new HarmImportOptions { Input = weights }).GetAwaiter().GetResult();
        return OnsCspNationalImporter.ImportAsync(_options with { Shared = harm.Assessment }).GetAwaiter().GetResult().Written;
    }

    /// <summary>Every written assessment read and checked from its file, then evaluated with the compiled matrix.</summary>
    [Benchmark]
    public int ReadAndEvaluateAll() => Files().Sum(f => _matrix.Evaluate(Read(f)).Priorities.Count);

    /// <summary>Every assessment, already read, evaluated with the compiled matrix.</summary>
    [Benchmark]
    public int EvaluateAll() => _assessments.Sum(a => _matrix.Evaluate(a).Priorities.Count);

    /// <summary>
    /// The same on every core (results kept in input order), as a multi-assessment <c>propose</c> evaluating in
    /// parallel would: the compiled rule set is shared, each evaluation has its own session.
    /// </summary>
    [Benchmark]
    public int EvaluateAllInParallel()
    {
        var counts = new int[_assessments.Length];
        Parallel.For(0, _assessments.Length, i => counts[i] = _matrix.Evaluate(_assessments[i]).Priorities.Count);
        return counts.Sum();
    }

    private string[] Files() => Directory.GetFiles(_out, "*.yaml").Order(StringComparer.Ordinal).ToArray();

    private static Assessment Read(string file) =>
        AssessmentReader.Read(file).Assessment ?? throw new InvalidOperationException($"{file} is not a valid assessment.");
}
