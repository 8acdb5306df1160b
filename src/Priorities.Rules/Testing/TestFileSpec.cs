using Priorities.Engine.Diagnostics;
using Priorities.Yaml;

namespace Priorities.Testing;

/// <summary>A rule-set test file as read: the rule set it tests and its tests.</summary>
/// <param name="Source">The parsed file.</param>
/// <param name="RuleSetPath">The rule set, resolved against the test file's folder.</param>
/// <param name="RuleSetLocation">Where the <c>ruleset</c> value is written.</param>
/// <param name="Cases">The tests, in written order.</param>
internal sealed record TestFileSpec(YamlSource Source, string RuleSetPath, SourceLocation RuleSetLocation, IReadOnlyList<TestCaseSpec> Cases)
{
    /// <summary>For a roll-up rule set: the plan rule set each district's assessment is evaluated with, resolved; else null.</summary>
    public string? DistrictsPath { get; init; }

    /// <summary>Where the <c>districts</c> value is written (the file's start when it is not).</summary>
    public SourceLocation? DistrictsLocation { get; init; }
}
