using Priorities.Assessments;
using Priorities.Evaluation;
using Priorities.Results;
using Priorities.RuleSets.Compilation;

namespace Priorities.Linting;

/// <summary>What the samples gave: each sample's plan, and the rules that fired on each.</summary>
/// <param name="Samples">Each sample's name (partnership and period), plan and fired rule ids, in the order given.</param>
internal sealed record SampleRuns(IReadOnlyList<SampleRun> Samples)
{
    public static SampleRuns Evaluate(CompiledRules compiled, IReadOnlyList<Assessment> samples, CancellationToken cancellationToken)
    {
        var runs = new List<SampleRun>(samples.Count);
        foreach (var sample in samples)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var observed = ObservedEvaluation.Of(compiled, sample, cancellationToken);
            var fired = observed.Outcome.Fired?.Firings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal)
                ?? new HashSet<string>(StringComparer.Ordinal);
            runs.Add(new SampleRun(Name(sample), observed.Plan, fired));
        }
        return new SampleRuns(runs);
    }

    /// <summary>Every candidate's breakdown on every sample: the selected priorities and those left out.</summary>
    public IEnumerable<ScoreComponent> Components(string dimension) =>
        Samples.SelectMany(s => s.Plan.Priorities.SelectMany(p => p.Breakdown).Concat(s.Plan.NotSelected.SelectMany(p => p.Breakdown)))
            .Where(c => string.Equals(c.Dimension, dimension, StringComparison.Ordinal));

    private static string Name(Assessment a) =>
        $"{a.Partnership.Name} {a.Period.Label ?? $"{a.Period.Start}..{a.Period.End}"}";
}
