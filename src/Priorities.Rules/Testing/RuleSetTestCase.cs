using Priorities.Engine.Diagnostics;

namespace Priorities.Testing;

/// <summary>The outcome of one test of a rule-set test file.</summary>
/// <param name="File">The test file, as given.</param>
/// <param name="Name">The test's name.</param>
/// <param name="Location">Where the test is written.</param>
/// <param name="Failures">Each failed expectation as expected against actual; empty when the test passed.</param>
public sealed record RuleSetTestCase(string File, string Name, SourceLocation Location, IReadOnlyList<string> Failures)
{
    /// <summary>True when every expectation held.</summary>
    public bool Passed => Failures.Count == 0;

    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Name}: {(Passed ? "passed" : "failed")}";
}
