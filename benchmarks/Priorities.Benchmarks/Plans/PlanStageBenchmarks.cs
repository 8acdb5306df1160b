using BenchmarkDotNet.Attributes;
using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Benchmarks.Suites;
using Priorities.Evaluation;
using Priorities.RuleSets;
using Priorities.RuleSets.Compilation;

namespace Priorities.Benchmarks.Plans;

/// <summary>
/// The stages of one Oxford plan with the shipped Oxford rule set, measured apart: putting the assessment in canonical
/// order, converting it to facts and firing one engine session (matching), the same plus collecting the hits, and
/// building the plan (scoring, ranking, explanations, and the why-not search for the candidates left out) from an
/// outcome. <c>PlanBenchmarks.EvaluateOxford</c> is about the sum of the first, third and fourth. The why-not search for
/// every rule and priority that did not fire (which the plan does not need) is measured too, as an upper bound.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ModerateRunConfig))]
public class PlanStageBenchmarks
{
    private CompiledRules _rules = null!;
    private Assessment _assessment = null!;
    private Assessment _canonical = null!;
    private EvaluationOutcome _outcome = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        var file = Path.Combine(root, "rules", "oxford.yaml");
        _rules = (RuleSetLoader.Load(file).RuleSet ?? throw new InvalidOperationException($"{file} does not compile."))
            .Compiled;
        var sample = Path.Combine(root, "samples", "oxford-city-2024.yaml");
        _assessment = AssessmentReader.Read(sample).Assessment
            ?? throw new InvalidOperationException($"{sample} is not a valid assessment.");
        _canonical = AssessmentCanonicalizer.Canonicalize(_assessment);
        _outcome = PlanEvaluator.Run(_rules, _canonical, CancellationToken.None);
    }

    /// <summary>Putting the assessment's lists in canonical order.</summary>
    [Benchmark]
    public int Canonicalize() => AssessmentCanonicalizer.Canonicalize(_assessment).Trends.Count;

    /// <summary>Converting the assessment to facts, inserting them and firing the session: the matching alone.</summary>
    [Benchmark]
    public int Match()
    {
        var session = _rules.RuleSet.CreateSession(_rules.Options);
        foreach (var fact in FactConverter.Convert(_canonical, _rules.Document.Priorities))
            session.Insert(fact.Record.Type, fact.Record);
        return session.Fire(CancellationToken.None).Firings.Count;
    }

    /// <summary>Matching and collecting the hits (the why-not search waits until a candidate needs it).</summary>
    [Benchmark]
    public int MatchAndCollect() => PlanEvaluator.Run(_rules, _canonical, CancellationToken.None).Hits.Count;

    /// <summary>Matching, collecting and the why-not search for every rule and priority that did not fire.</summary>
    [Benchmark]
    public int ExplainEveryMiss() => PlanEvaluator.Run(_rules, _canonical, CancellationToken.None).Misses.Count;

    /// <summary>Scoring, ranking and writing the plan with its explanations from an outcome whose session is alive.</summary>
    [Benchmark]
    public int BuildPlan() => PlanBuilder.Build(_rules.Document, _canonical, _outcome).Priorities.Count;
}
