using Priorities.Rules.Tests.RuleSets.Loading;
using Priorities.Testing;

namespace Priorities.Rules.Tests.Testing;

public sealed class RuleSetTestRunnerTests
{
    [Fact]
    public void Run_RuleSetMissing_FailsEveryCaseWithADiagnostic()
    {
        using var folder = new TempFolder();
        var file = folder.Write("t.yaml", "ruleset: missing.yaml\ntests:\n  - name: one\n    assessment: a.yaml\n    expect: { top: [a] }\n  - name: two\n    assessment: a.yaml\n    expect: { top: [a] }\n");

        var report = RuleSetTestRunner.Run([file]);

        Assert.Equal((0, 2, false), (report.PassedCount, report.FailedCount, report.Succeeded));
        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal(("PR6002", 1, 10), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.All(report.Cases, c => Assert.Contains("did not load", Assert.Single(c.Failures), StringComparison.Ordinal));
    }

    [Fact]
    public void Run_InvalidYaml_ReportsSyntaxErrorAndNoCases()
    {
        using var folder = new TempFolder();
        var file = folder.Write("t.yaml", "ruleset: [unclosed\n");

        var report = RuleSetTestRunner.Run([file]);

        Assert.Empty(report.Cases);
        Assert.False(report.Succeeded);
        Assert.Equal("PR1001", Assert.Single(report.Diagnostics).Code);
    }

    [Fact]
    public void FindTests_FolderAndFile_FindTheirTests()
    {
        using var folder = new TempFolder();
        var a = folder.Write("a.yaml", "ruleset: a\nversion: 1\n");
        folder.Write("b.yaml", "ruleset: b\nversion: 1\n");
        Directory.CreateDirectory(Path.Combine(folder.Root, "tests"));
        var ta = folder.Write(Path.Combine("tests", "a.yaml"), "ruleset: ../a.yaml\ntests: []\n");
        var tb = folder.Write(Path.Combine("tests", "b.yml"), "ruleset: ../b.yaml\ntests: []\n");

        Assert.Equal([ta, tb], RuleSetTestRunner.FindTests([folder.Root]));
        Assert.Equal([ta], RuleSetTestRunner.FindTests([a]));
    }
}
