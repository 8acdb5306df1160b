using Priorities.Assessments.Reading;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;

namespace Priorities.Rules.Tests.Assessments.Reading;

/// <summary>A duties list is checked against the table: what it leaves out, lists too early or outside a pilot.</summary>
public sealed class DutyChecksTests
{
    private static IReadOnlyList<Diagnostic> Read(string partnership, string period, string duties)
    {
        var result = AssessmentReader.ReadText("a.yaml", $"partnership: {partnership}\nperiod: {period}\n{duties}");
        Assert.True(result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        return result.Diagnostics;
    }

    private const string Oxford = "{ name: Oxford, code: E22000308, areas: [Oxford] }";
    private const string Year2024 = "{ start: \"2024-04\", end: \"2025-03\" }";

    [Fact]
    public void ReadText_NoDutiesList_NoWarningAndNothingListed()
    {
        var result = AssessmentReader.ReadText("a.yaml", $"partnership: {Oxford}\nperiod: {Year2024}\n");

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Assessment!.Duties);
    }

    [Fact]
    public void ReadText_ListLeavesOutDutiesInForce_OneWarningEachAtTheKey()
    {
        var warnings = Read(Oxford, Year2024, "duties:\n  - id: prevent\n");

        Assert.Equal(7, warnings.Count);
        Assert.All(warnings, w => Assert.Equal((RulesCodes.AssessmentDutyLeftOut, 3, 1), (w.Code, w.Location.Line, w.Location.Column)));
        Assert.Contains(warnings, w => w.Message.Contains("'domestic-homicide-review' (s.9 Domestic Violence, Crime and Victims Act 2004, in force since 13 April 2011)", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadText_EmptyList_WarnsForEveryDutyInForce()
    {
        Assert.Equal(8, Read(Oxford, Year2024, "duties: []\n").Count(w => w.Code == RulesCodes.AssessmentDutyLeftOut));
    }

    [Fact]
    public void ReadText_DutyListedBeforeItCameIntoForce_WarningAtItsId()
    {
        var warnings = Read(Oxford, "{ start: \"2022-01\", end: \"2022-12\" }", "duties:\n  - id: serious-violence\n");

        var warning = Assert.Single(warnings, w => w.Code == RulesCodes.AssessmentDutyNotInForce);
        Assert.Equal((4, 9), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("came into force on 31 January 2023", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_PilotDutyOutsideItsAreas_WarningAtItsId()
    {
        var warnings = Read(Oxford, Year2024, "duties:\n  - id: offensive-weapons-homicide-review\n");

        var warning = Assert.Single(warnings, w => w.Code == RulesCodes.AssessmentDutyOutsidePilot);
        Assert.Contains("'Oxford' (E22000308) is not one of them", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_PilotDutyInItsArea_NoPilotWarning()
    {
        var warnings = Read("{ name: Birmingham, code: E22000335 }", Year2024, "duties:\n  - id: offensive-weapons-homicide-review\n");

        Assert.DoesNotContain(warnings, w => w.Code == RulesCodes.AssessmentDutyOutsidePilot);
    }
}
