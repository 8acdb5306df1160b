using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Benchmarks.Plans;
using Priorities.Benchmarks.Suites;

namespace Priorities.Benchmarks.Reading;

/// <summary>
/// Reading a 3.5 MB minified (one-line) JSON assessment: the Oxford sample with its trends repeated for made-up areas,
/// written without line breaks. Positions are tracked per token, so this shows whether that stays linear (issue 15).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ModerateRunConfig))]
public class JsonReadingBenchmarks
{
    private const int TargetBytes = 3_500_000;
    private string _json = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var sample = Path.Combine(RepositoryRoot.Find(), "samples", "oxford-city-2024.yaml");
        var oxford = AssessmentReader.Read(sample).Assessment ?? throw new InvalidOperationException($"{sample} does not read.");
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        var trends = new List<TrendFact>();
        var text = string.Empty;
        for (var area = 0; text.Length < TargetBytes; area++)
        {
            trends.AddRange(oxford.Trends.Select(t => t with { Area = $"Area {area}" }));
            if (area % 50 == 49) text = JsonSerializer.Serialize(oxford with { Trends = trends }, options);
        }
        _json = text;
        var check = AssessmentReader.ReadText("big.json", _json);
        if (check.Assessment is null) throw new InvalidOperationException(string.Join("\n", check.Diagnostics.Take(5)));
    }

    /// <summary>Size of the document read, in bytes (for the report).</summary>
    public int Bytes => _json.Length;

    [Benchmark]
    public int ReadMinifiedAssessment() => AssessmentReader.ReadText("big.json", _json).Assessment!.Trends.Count;
}
