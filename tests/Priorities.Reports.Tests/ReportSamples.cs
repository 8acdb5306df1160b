using Priorities.Assessments;
using Priorities.Results;

namespace Priorities.Reports.Tests;

/// <summary>A hand-built plan for an Oxford-like partnership: duties, new and continuing priorities, sensitive evidence.</summary>
internal static class ReportSamples
{
    public const string SensitiveSummary = "domestic-abuse repeat victims at MARAC in Oxford: 31% of cases";
    public const string SensitiveFinding = "Repeat victimisation at MARAC is 31%, above the 28% national figure";
    public const string SensitiveExploitation = "Three county lines are active in Oxford (police intelligence)";

    public static readonly string[] Dimensions = ["harm", "trend", "concern", "volume", "vulnerability"];
    private static readonly double[] Weights = [3, 2, 2, 1, 2];

    public static PlanResult Oxford() => new()
    {
        Partnership = new Partnership { Name = "Oxford Safer Communities Partnership", Code = "E22000308", Areas = ["Oxford"] },
        Period = new AssessmentPeriod { Start = "2024-07", End = "2025-06", Label = "year ending June 2025" },
        PreviousPeriod = new AssessmentPeriod { Start = "2023-07", End = "2024-06", Label = "year ending June 2024" },
        RuleSet = new RuleSetInfo("oxford-csp", "2026.1", "3f2a9c1be07d4e55a1c0ffee0d15ea5e5b0a7c9d2e4f60718293a4b5c6d7e8f9"),
        Priorities = OxfordPriorities.All(),
        NotSelected = OxfordPriorities.NotSelected(),
        Dropped =
        [
            new DroppedPriority("night-time-economy", "Night-time economy", "Not selected: scored 11, 23 below the last selected discretionary priority."),
            new DroppedPriority("cyber-fraud", null, "No longer in the priority catalogue; Thames Valley Police leads on fraud."),
        ],
        DataQuality =
        [
            new DataQualityNote { Kind = DataQualityKinds.RecordingChange, Category = "violence-against-the-person", From = "2023-04", Message = "Home Office counting rules for stalking and harassment changed in April 2023; part of the rise is recording." },
            new DataQualityNote { Kind = DataQualityKinds.SmallNumbers, Category = "robbery", Area = "Oxford", Message = "Robbery counts are under 50 a year; percentage changes are not meaningful." },
            new DataQualityNote { Kind = DataQualityKinds.MissingMonths, Area = "Oxford", From = "2024-11", Count = 1, Message = "No street-level rows for November 2024." },
            new DataQualityNote { Kind = DataQualityKinds.SkippedRows, Count = 1234, Message = "1,234 rows had no LSOA and were not counted." },
        ],
        Sources =
        [
            "data.police.uk street-level crime, Thames Valley Police, July 2023 to June 2025. Contains public sector information licensed under the Open Government Licence v3.0.",
            "ONS Recorded crime data by Community Safety Partnership area, year ending June 2025. Contains public sector information licensed under the Open Government Licence v3.0.",
            "Cambridge Crime Harm Index, 2026 edition.",
        ],
    };

    /// <summary>The Oxford plan with hostile text in the fields a report prints.</summary>
    public static PlanResult Hostile()
    {
        var plan = Oxford();
        var first = plan.Priorities[0] with
        {
            Title = "<script>alert('x')</script> *ASB* | `code` & [link](http://evil.example)",
            Theme = "# not a heading",
            Rationale = ["1. not a list", "- not a bullet", "<img src=x onerror=alert(1)>", "line one\nline two"],
        };
        return plan with { Priorities = [first, .. plan.Priorities.Skip(1)] };
    }

    public static List<ScoreComponent> Breakdown(params double?[] raw)
    {
        var components = new List<ScoreComponent>();
        for (var i = 0; i < Dimensions.Length; i++)
        {
            var score = raw[i] is { } value ? Band(value) : 0;
            components.Add(new ScoreComponent(Dimensions[i], raw[i], score, Weights[i], score * Weights[i]));
        }

        return components;
    }

    private static double Band(double raw) => raw switch
    {
        < 0 => 1,
        < 10 => 2,
        < 25 => 3,
        < 100 => 4,
        _ => 5,
    };
}
