using Priorities.Engine.Diagnostics;

namespace Priorities.Testing;

/// <summary>The outcome of running rule-set test files: every test case, and the problems that stopped tests from running.</summary>
/// <param name="Cases">Every test case, in file order then written order.</param>
/// <param name="Diagnostics">Problems with the test files, their rule sets or assessments, sorted by place.</param>
public sealed record RuleSetTestReport(IReadOnlyList<RuleSetTestCase> Cases, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The number of tests that passed.</summary>
    public int PassedCount => Cases.Count(c => c.Passed);

    /// <summary>The number of tests that failed.</summary>
    public int FailedCount => Cases.Count - PassedCount;

    /// <summary>
    /// Which rules and conditions the tests exercised, per rule set, when the run was asked for it
    /// (<see cref="RuleSetTestRunner.RunWithCoverage"/>); empty otherwise.
    /// </summary>
    public IReadOnlyList<RuleSetCoverage> Coverage { get; init; } = [];

    /// <summary>True when every test passed and no file had an error.</summary>
    public bool Succeeded => FailedCount == 0 && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
