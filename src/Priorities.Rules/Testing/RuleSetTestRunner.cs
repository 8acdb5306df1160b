using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets;

namespace Priorities.Testing;

/// <summary>
/// Runs the YAML tests of rule sets (<c>rules/tests/*.yaml</c>; format in rules/README.md, "Tests"): loads each test
/// file's rule set once, evaluates each test's assessment and checks every expectation, reporting each failure as
/// expected against actual. Problems with the files become diagnostics at file:line:col; nothing throws for bad input.
/// </summary>
public static class RuleSetTestRunner
{
    /// <summary>Runs every test of the given test files.</summary>
    /// <param name="paths">Test files (YAML).</param>
    /// <param name="cancellationToken">Stops the run between tests.</param>
    /// <returns>Every test's outcome, and the problems that stopped tests from running.</returns>
    public static RuleSetTestReport Run(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        Run(paths, null, cancellationToken);

    /// <summary>
    /// Runs every test of the given test files as <see cref="Run(IEnumerable{string}, CancellationToken)"/> does, and
    /// reports which rules fired and which of their conditions were seen to hold and to fail
    /// (<see cref="RuleSetTestReport.Coverage"/>).
    /// </summary>
    /// <param name="paths">Test files (YAML).</param>
    /// <param name="cancellationToken">Stops the run between tests.</param>
    /// <returns>Every test's outcome, the problems that stopped tests from running, and the coverage.</returns>
    public static RuleSetTestReport RunWithCoverage(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var coverage = new CoverageRecorder();
        return Run(paths, coverage, cancellationToken) with { Coverage = coverage.Results() };
    }

    private static RuleSetTestReport Run(IEnumerable<string> paths, CoverageRecorder? coverage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var bag = new DiagnosticBag();
        var cases = new List<RuleSetTestCase>();
        var ruleSets = new Dictionary<string, PlanRuleSet?>(StringComparer.Ordinal);
        var assessments = new AssessmentSource();
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TestFileReader.Read(path, bag) is not { } file) continue;
            var ruleSet = LoadRuleSet(file, ruleSets, bag);
            foreach (var test in file.Cases)
            {
                cancellationToken.ThrowIfCancellationRequested();
                cases.Add(new RuleSetTestCase(path, test.Name, test.Location, RunCase(test, file, ruleSet, assessments, bag, ruleSets, coverage, cancellationToken)));
            }
        }
        return new RuleSetTestReport(cases, bag.Sorted());
    }

    /// <summary>
    /// The test files of rule sets: for a folder, every <c>*.yaml</c>/<c>*.yml</c> file in its <c>tests</c> folder;
    /// for a rule file, those files of the <c>tests</c> folder beside it whose <c>ruleset</c> names that file.
    /// </summary>
    /// <param name="rulePaths">Rule files or folders of them.</param>
    /// <returns>The test files, sorted by path.</returns>
    public static IReadOnlyList<string> FindTests(IEnumerable<string> rulePaths)
    {
        ArgumentNullException.ThrowIfNull(rulePaths);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in rulePaths)
        {
            if (Directory.Exists(path)) found.UnionWith(TestFilesIn(Path.Combine(path, "tests")));
            else if (File.Exists(path)) found.UnionWith(TestFilesIn(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", "tests")).Where(t => Targets(t, path)));
        }
        return [.. found];
    }

    private static IEnumerable<string> TestFilesIn(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            : [];

    private static bool Targets(string testFile, string ruleFile)
    {
        var spec = TestFileReader.Read(testFile, new DiagnosticBag());
        return spec is null || string.Equals(spec.RuleSetPath, Path.GetFullPath(ruleFile), StringComparison.Ordinal);
    }

    private static PlanRuleSet? LoadRuleSet(TestFileSpec file, Dictionary<string, PlanRuleSet?> cache, DiagnosticBag bag)
    {
        if (cache.TryGetValue(file.RuleSetPath, out var cached)) return cached;
        PlanRuleSet? ruleSet = null;
        if (!File.Exists(file.RuleSetPath))
        {
            bag.Error(RulesCodes.TestRuleSetUnavailable, file.RuleSetLocation, $"The rule set {file.RuleSetPath} does not exist.");
        }
        else
        {
            var result = RuleSetLoader.Load(file.RuleSetPath);
            bag.AddRange(result.Diagnostics);
            ruleSet = result.RuleSet;
            if (ruleSet is null) bag.Error(RulesCodes.TestRuleSetUnavailable, file.RuleSetLocation, $"The rule set {file.RuleSetPath} did not load (see its errors).");
        }
        cache[file.RuleSetPath] = ruleSet;
        return ruleSet;
    }

    private static IReadOnlyList<string> RunCase(
        TestCaseSpec test, TestFileSpec file, PlanRuleSet? ruleSet, AssessmentSource assessments, DiagnosticBag bag,
        Dictionary<string, PlanRuleSet?> ruleSets, CoverageRecorder? coverage, CancellationToken cancellationToken)
    {
        if (ruleSet is null) return [$"the rule set {file.RuleSetPath} did not load; see the errors"];
        if (ruleSet.IsRollUp || test.AssessmentPaths is not null)
            return RollUpCaseRunner.Run(test, file, ruleSet, p => LoadRuleSet(file with { RuleSetPath = p, RuleSetLocation = file.DistrictsLocation ?? file.RuleSetLocation }, ruleSets, bag), assessments, bag, cancellationToken,
                coverage);
        if (assessments.Load(test, file.Source, bag) is not { } assessment) return ["the assessment could not be read; see the errors"];
        try
        {
            var plan = coverage is null ? ruleSet.Evaluate(assessment, cancellationToken) : coverage.Evaluate(ruleSet, assessment, cancellationToken);
            return ExpectationChecker.Check(test.Expect, plan);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return [$"evaluation failed: {e.GetType().Name}: {e.Message}"];
        }
    }
}
