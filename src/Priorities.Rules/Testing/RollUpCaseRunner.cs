using Priorities.Assessments;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Results;
using Priorities.RollUps;
using Priorities.RuleSets;

namespace Priorities.Testing;

/// <summary>
/// Runs a test of a roll-up rule set: each of its <c>assessments</c> is evaluated with the file's <c>districts</c> rule
/// set, the roll-up over those plans is the agreement the expectations are checked against.
/// </summary>
internal static class RollUpCaseRunner
{
    public static IReadOnlyList<string> Run(
        TestCaseSpec test, TestFileSpec file, PlanRuleSet rollUp, Func<string, PlanRuleSet?> load, AssessmentSource assessments,
        DiagnosticBag bag, CancellationToken cancellationToken, CoverageRecorder? coverage = null)
    {
        if (!rollUp.IsRollUp || test.AssessmentPaths is not { Count: > 0 } paths || file.DistrictsPath is not { } districtsPath)
        {
            bag.Error(RulesCodes.TestFileStructure, file.DistrictsLocation ?? test.AssessmentLocation, Problem(test, file, rollUp));
            return ["the roll-up test is not set up; see the errors"];
        }
        if (load(districtsPath) is not { } districts) return [$"the districts' rule set {districtsPath} did not load; see the errors"];
        var read = paths.Select(p => assessments.Load(p, test.AssessmentLocation, bag)).ToArray();
        if (read.Any(a => a is null)) return ["a district assessment could not be read; see the errors"];
        try
        {
            if (coverage is not null) return ExpectationChecker.Check(test.Expect, Covered(rollUp, districts, read!, coverage, cancellationToken));
            var plans = districts.EvaluateAll(read!, cancellationToken);
            var agreement = RollUpEvaluator.Evaluate(rollUp, read.Select((a, i) => new DistrictPlan(a!, plans[i])).ToArray(),
                cancellationToken: cancellationToken);
            return ExpectationChecker.Check(test.Expect, agreement);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return [$"evaluation failed: {e.GetType().Name}: {e.Message}"];
        }
    }

    /// <summary>The agreement as <see cref="RollUpEvaluator"/> makes it, each evaluation's coverage noted.</summary>
    private static PlanResult Covered(
        PlanRuleSet rollUp, PlanRuleSet districts, Assessment[] read, CoverageRecorder coverage, CancellationToken cancellationToken)
    {
        var plans = read.Select(a => new DistrictPlan(a, coverage.Evaluate(districts, a, cancellationToken))).ToArray();
        var document = rollUp.Compiled.Document;
        var county = CountyAssessment.Build(document.Partnership ?? document.Description ?? document.Id, plans);
        return coverage.Evaluate(rollUp, county, cancellationToken, RollUpFacts.Build(plans));
    }

    private static string Problem(TestCaseSpec test, TestFileSpec file, PlanRuleSet rollUp) =>
        !rollUp.IsRollUp
            ? $"Test '{test.Name}' lists 'assessments', but {Path.GetFileName(file.RuleSetPath)} is not a roll-up rule set "
                + "(kind: rollup); give it one 'assessment'."
        : test.AssessmentPaths is not { Count: > 0 }
            ? $"Test '{test.Name}' of a roll-up rule set needs 'assessments': the districts' assessment files."
        : "A roll-up rule set's test file needs 'districts': the rule set the districts' assessments are evaluated with.";
}
