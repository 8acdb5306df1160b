using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Testing;

namespace Priorities.Rules.Tests.Testing;

public sealed class TestFileReaderTests
{
    private static (TestFileSpec? Spec, IReadOnlyList<Diagnostic> Diagnostics) Read(string text)
    {
        var bag = new DiagnosticBag();
        var spec = TestFileReader.ReadText("/tmp/t/tests.yaml", text, bag);
        return (spec, bag.Sorted());
    }

    [Fact]
    public void ReadText_WellFormed_ResolvesPathsAndExpectations()
    {
        var (spec, diagnostics) = Read("ruleset: ../rules.yaml\ntests:\n  - name: n\n    assessment: ../a.yaml\n    expect:\n      order: [a, b]\n      scores: { a: 2.5 }\n      tolerance: 0.1\n      rationale: { a: rose }\n      status: { b: continuing }\n");

        Assert.Empty(diagnostics);
        Assert.Equal("/tmp/rules.yaml", spec!.RuleSetPath);
        var test = Assert.Single(spec.Cases);
        Assert.Equal(("n", "/tmp/a.yaml", 3), (test.Name, test.AssessmentPath, test.Location.Line));
        Assert.Equal(["a", "b"], test.Expect.Order);
        Assert.Equal(2.5, test.Expect.Scores[0].Value);
        Assert.Equal(0.1, test.Expect.Tolerance);
        Assert.Equal(["rose"], test.Expect.Rationale[0].Value);
        Assert.Equal("continuing", test.Expect.Status[0].Value);
    }

    [Fact]
    public void ReadText_Mistakes_ReportsEachAtItsLineAndColumn()
    {
        var (_, diagnostics) = Read("ruleset: r.yaml\ntests:\n  - name: n\n    assessment: [a, b]\n    expect: { ordre: [a], status: { a: old }, scores: { a: high } }\n  - assessment: a.yaml\n    expect: { top: [a] }\n");

        Assert.Equal(
            [
                "/tmp/t/tests.yaml:5:15: error PR1002: Unknown key 'ordre'. Did you mean 'order'?",
                "/tmp/t/tests.yaml:5:40: error PR6001: 'status.a' must be new, continuing, returning or not-assessed, not 'old'.",
                "/tmp/t/tests.yaml:5:60: error PR1003: 'a' must be a number, not 'high'.",
                "/tmp/t/tests.yaml:6:5: error PR1004: Missing required key 'name'.",
            ],
            diagnostics.Select(d => d.ToString()).Where(d => !d.Contains("PR6001: 'assessment'", StringComparison.Ordinal)));
        Assert.Contains(diagnostics, d => d.Code == "PR6001" && d.Location.Line == 4 && d.Location.Column == 17);
    }

    [Fact]
    public void ReadText_NotAMapping_ReportsAndReturnsNull()
    {
        var (spec, diagnostics) = Read("- just a list\n");

        Assert.Null(spec);
        Assert.Equal("PR1003", Assert.Single(diagnostics).Code);
    }
}
