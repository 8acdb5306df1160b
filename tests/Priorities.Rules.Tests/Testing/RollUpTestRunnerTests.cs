using Priorities.Rules.Tests.RollUps;
using Priorities.Rules.Tests.RuleSets.Loading;
using Priorities.Testing;

namespace Priorities.Rules.Tests.Testing;

/// <summary>YAML tests of a roll-up rule set: districts' assessments proposed with the file's 'districts' rule set.</summary>
public sealed class RollUpTestRunnerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public RollUpTestRunnerTests()
    {
        _folder.Write("county.yaml", RollUpFixture.RollUp);
        _folder.Write("districts.yaml", RollUpFixture.Plan);
        foreach (var (name, categories, pcc) in RollUpFixture.Districts)
        {
            var assessment = RollUpFixture.Assessment(name, categories, pcc);
            _folder.Write(name + ".json", Priorities.Assessments.AssessmentSerializer.ToJson(assessment));
        }
    }

    public void Dispose() => _folder.Dispose();

    private static string Assessments => "[" + string.Join(", ", RollUpFixture.Districts.Select(d => $"\"{d.Name}.json\"")) + "]";

    [Fact]
    public void Run_RollUpTest_ChecksTheAgreement()
    {
        var file = _folder.Write("t.yaml", "ruleset: county.yaml\ndistricts: districts.yaml\ntests:\n  - name: shared\n"
            + $"    assessments: {Assessments}\n    expect: {{ selected: [burglary, asb, drugs], scores: {{ burglary: 4 }} }}\n"
            + $"  - name: wrong\n    assessments: {Assessments}\n    expect: {{ scores: {{ burglary: 5 }} }}\n");

        var report = RuleSetTestRunner.Run([file]);

        Assert.Empty(report.Diagnostics);
        Assert.Equal((1, 1), (report.PassedCount, report.FailedCount));
        Assert.Contains("expected 5", Assert.Single(report.Cases[1].Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RollUpWithoutDistricts_IsPR6001()
    {
        var file = _folder.Write("t.yaml", $"ruleset: county.yaml\ntests:\n  - name: shared\n    assessments: {Assessments}\n    expect: {{ top: [burglary] }}\n");

        var report = RuleSetTestRunner.Run([file]);

        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal(("PR6001", 4, 5), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("needs 'districts'", diagnostic.Message, StringComparison.Ordinal);
    }
}
