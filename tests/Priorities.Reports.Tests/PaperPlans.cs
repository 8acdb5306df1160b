using System.Globalization;
using Priorities.Assessments;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Reports.Tests;

/// <summary>
/// Plans for committee-paper tests: the shipped Oxford plan, and plans with what the board adopts (leads, action plans,
/// funding, measures with each status and RAG, plan history) built directly into the result.
/// </summary>
internal static class PaperPlans
{
    private static readonly Lazy<PlanResult> Shipped = new(Evaluate);

    private static readonly (string Status, string Rag)[] Ratings =
    [
        (MeasureStatus.OffTrack, MeasureStatus.Amber), (MeasureStatus.Achieved, MeasureStatus.Green),
        (MeasureStatus.Missed, MeasureStatus.Red), (MeasureStatus.NoData, MeasureStatus.Grey), (MeasureStatus.OnTrack, MeasureStatus.Green),
    ];

    /// <summary>The plan of the shipped Oxford rule set over the shipped Oxford sample.</summary>
    public static PlanResult OxfordSample() => Shipped.Value;

    /// <summary>The plan with a lead, action plan, funding line, two measures and history for every priority.</summary>
    public static PlanResult WithDelivery(PlanResult plan) => plan with
    {
        Priorities = plan.Priorities.Select(Deliver).ToArray(),
        Dropped = [.. plan.Dropped, new DroppedPriority("fear-of-crime", "Fear of crime", "Not selected: scored 9, 3 below the last selected priority.", 2022)],
    };

    private static PlanResult Evaluate()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Priorities.sln"))) root = Path.GetDirectoryName(root)!;
        var rules = RuleSetLoader.Load(Path.Combine(root, "rules", "oxford.yaml")).RuleSet!;
        return rules.Evaluate(AssessmentSerializer.FromYaml(File.ReadAllText(Path.Combine(root, "samples", "oxford-city-2024.yaml"))));
    }

    private static ProposedPriority Deliver(ProposedPriority priority, int index)
    {
        var continuing = priority.Status == PriorityStatus.Continuing;
        return priority with
        {
            Lead = new PriorityLead(index % 2 == 0 ? "Oxford City Council" : "Thames Valley Police", index % 3 == 0 ? null : "Community Safety Manager"),
            ActionPlan = "OSCP action plan " + priority.Id,
            Funding = [new FundingLine("Community Safety Fund", 94374m - (index * 7125m), "GBP", "2025/26", "outreach and prevention")],
            Measures = [Measure(priority, index, 0), Measure(priority, index, 1)],
            Since = continuing ? 2021 + (index % 3) : null,
            SinceLastYear = continuing ? [$"Recorded offences: {212 + index} last year, {200 + index} this year."] : [],
        };
    }

    /// <summary>Measure 0 of a priority counts offences against a 10% fall; measure 1 is a rate against a fixed target.</summary>
    private static MeasureResult Measure(ProposedPriority priority, int index, int which)
    {
        var (status, rag) = Ratings[((index * 2) + which) % Ratings.Length];
        var baseline = which == 0 ? 400.0 + (10 * index) : 30.0 + index;
        var target = which == 0 ? new MeasureTarget(null, -10, "2026/27", baseline * 0.9) : new MeasureTarget(25, null, "2026/27", 25);
        double? value = status switch
        {
            MeasureStatus.Achieved => target.Resolved - 2,
            MeasureStatus.OnTrack => (baseline + target.Resolved) / 2,
            MeasureStatus.OffTrack => baseline + 1,
            MeasureStatus.Missed => baseline - 1,
            _ => null,
        };
        var actual = value is { } v ? new MeasurePoint(v, "2024/25", "Thames Valley Police") : null;
        return new MeasureResult
        {
            Id = priority.Id + "-" + which.ToString(CultureInfo.InvariantCulture),
            Title = (which == 0 ? "Recorded offences: " : "Repeat victims: ") + priority.Title,
            Unit = which == 0 ? "offences" : "%",
            Direction = "down",
            Baseline = new MeasurePoint(baseline, "2023/24"),
            Target = target,
            Actual = actual,
            Status = status,
            Rag = rag,
            Summary = actual is null
                ? "No data: no actual in the assessment"
                : $"{MeasureText.Status(status)}: {ReportText.Number(actual.Value)} against a target of {ReportText.Number(target.Resolved)} by 2026/27",
        };
    }
}
