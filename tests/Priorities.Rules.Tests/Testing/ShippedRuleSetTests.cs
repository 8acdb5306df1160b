using System.Collections.Concurrent;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Testing;

namespace Priorities.Rules.Tests.Testing;

/// <summary>Runs every test of rules/tests/*.yaml as its own xunit case, so a failure shows by file and name.</summary>
public sealed class ShippedRuleSetTests
{
    private static readonly ConcurrentDictionary<string, Lazy<RuleSetTestReport>> Reports = new(StringComparer.Ordinal);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "rules", "tests"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var spec = TestFileReader.Read(file, new DiagnosticBag());
            foreach (var test in spec?.Cases ?? []) data.Add(Path.GetFileName(file), test.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ShippedTest_Runs_Passes(string file, string name)
    {
        var path = Path.Combine(Repository.Root, "rules", "tests", file);
        var report = Reports.GetOrAdd(path, p => new Lazy<RuleSetTestReport>(() => RuleSetTestRunner.Run([p]))).Value;
        var outcome = Assert.Single(report.Cases, c => c.Name == name);

        Assert.True(outcome.Passed, string.Join("\n", report.Diagnostics.Select(d => d.ToString()).Concat(outcome.Failures)));
    }

    [Fact]
    public void Cases_EveryShippedRuleSet_HasTests()
    {
        var tested = Directory.EnumerateFiles(Path.Combine(Repository.Root, "rules", "tests"), "*.yaml")
            .Select(f => TestFileReader.Read(f, new DiagnosticBag())?.RuleSetPath)
            .OfType<string>()
            .Select(Path.GetFileName)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string?>(StringComparer.Ordinal) { "matrix.yaml", "morile.yaml", "oxford.yaml", "targets-example.yaml" }, tested.ToHashSet<string?>());
        Assert.True(Cases().Count >= 10);
    }
}
