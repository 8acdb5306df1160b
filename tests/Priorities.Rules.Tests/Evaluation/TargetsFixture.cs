using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.Evaluation;

/// <summary>The worked example of targets (rules/tests/fixtures: invented figures), loaded once.</summary>
internal static class TargetsFixture
{
    private static readonly Lazy<PlanRuleSet> Loaded = new(() => RuleSetLoader.Load(RuleSetPath).RuleSet
        ?? throw new InvalidOperationException("The targets example did not load."));

    public static string RuleSetPath => Path.Combine(Repository.Root, "rules", "tests", "fixtures", "targets-example.yaml");

    public static string AssessmentPath => Path.Combine(Repository.Root, "rules", "tests", "fixtures", "targets-example-2024.yaml");

    public static PlanRuleSet RuleSet => Loaded.Value;

    public static Assessment Assessment() => AssessmentReader.Read(AssessmentPath).Assessment
        ?? throw new InvalidOperationException("The targets example's assessment did not read.");

    /// <summary>An assessment of the example partnership for the year to <paramref name="end"/>, with these actuals.</summary>
    public static Assessment With(string end, params MeasureActual[] actuals) => new()
    {
        Partnership = new Partnership { Name = "Example partnership", Areas = ["Example"] },
        Period = new AssessmentPeriod { Start = $"{int.Parse(end[..4], System.Globalization.CultureInfo.InvariantCulture) - 1}{end[4..]}", End = end },
        Actuals = actuals,
    };

    public static MeasureActual Actual(string measure, double value, string period) =>
        new() { Measure = measure, Value = value, Period = period, Source = "test figures" };
}
