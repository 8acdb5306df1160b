using Priorities.Engine.Diagnostics;
using Priorities.Yaml;

namespace Priorities.Testing;

/// <summary>A rule-set test file as read: the rule set it tests and its tests.</summary>
/// <param name="Source">The parsed file.</param>
/// <param name="RuleSetPath">The rule set, resolved against the test file's folder.</param>
/// <param name="RuleSetLocation">Where the <c>ruleset</c> value is written.</param>
/// <param name="Cases">The tests, in written order.</param>
internal sealed record TestFileSpec(YamlSource Source, string RuleSetPath, SourceLocation RuleSetLocation, IReadOnlyList<TestCaseSpec> Cases);
