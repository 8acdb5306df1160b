using Priorities.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Priorities.Testing;

/// <summary>One test as written: its name, its assessment (a path or an inline mapping) and its expectation.</summary>
/// <param name="Name">The test's name.</param>
/// <param name="Location">Where the test starts.</param>
/// <param name="AssessmentPath">The assessment file, resolved against the test file's folder; null when inline.</param>
/// <param name="InlineAssessment">The inline assessment mapping; null when a path.</param>
/// <param name="AssessmentLocation">Where the assessment value is written.</param>
/// <param name="Expect">What the plan must show.</param>
internal sealed record TestCaseSpec(
    string Name,
    SourceLocation Location,
    string? AssessmentPath,
    YamlMappingNode? InlineAssessment,
    SourceLocation AssessmentLocation,
    Expectation Expect)
{
    /// <summary>For a roll-up test: the district assessments, resolved, in order; null for a one-assessment test.</summary>
    public IReadOnlyList<string>? AssessmentPaths { get; init; }
}
