using Priorities.Assessments;
using Priorities.Engine.Diagnostics;
using Priorities.Linting;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.Linting;

/// <summary>Lint over shipped samples: the order samples come in does not matter, and more samples never find more dead rules or bands.</summary>
public sealed class RuleSetLinterProperties
{
    private static readonly Lazy<PlanRuleSet> Oxford = new(() => RuleSetLoader.Load(Path.Combine(Repository.Root, "rules", "oxford.yaml")).RuleSet!);

    private static readonly Lazy<Assessment[]> Samples = new(() =>
        Directory.EnumerateFiles(Path.Combine(Repository.Root, "samples"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => AssessmentSerializer.FromYaml(File.ReadAllText(f))).ToArray());

    /// <summary>The same samples in another order give warnings of the same kinds at the same places.</summary>
    [FsCheck.Xunit.Property(MaxTest = 6)]
    public void Lint_SampleOrder_Meets_Specification(int seed)
    {
        var random = new Random(seed);
        var some = Pick(random, 3);
        var shuffled = some.ToArray();
        random.Shuffle(shuffled);

        Assert.Equal(Places(RuleSetLinter.Lint(Oxford.Value, some)), Places(RuleSetLinter.Lint(Oxford.Value, shuffled)));
    }

    /// <summary>Adding samples can only take away rules that never fire and bands never reached, never add them.</summary>
    [FsCheck.Xunit.Property(MaxTest = 6)]
    public void Lint_MoreSamples_Meets_Specification(int seed)
    {
        var random = new Random(seed);
        var few = Pick(random, 2);
        var more = few.Concat(Pick(random, 2)).Distinct().ToArray();

        var fewer = Places(RuleSetLinter.Lint(Oxford.Value, few).Where(Reach));
        var after = Places(RuleSetLinter.Lint(Oxford.Value, more).Where(Reach));

        Assert.Subset(fewer.ToHashSet(), after.ToHashSet());
    }

    private static bool Reach(Diagnostic d) => d.Code is "PR6101" or "PR6104";

    private static Assessment[] Pick(Random random, int most) =>
        Enumerable.Range(0, random.Next(1, most + 1)).Select(_ => Samples.Value[random.Next(Samples.Value.Length)]).Distinct().ToArray();

    private static string[] Places(IEnumerable<Diagnostic> warnings) =>
        warnings.Select(d => $"{d.Code} {d.Location}").ToArray();
}
