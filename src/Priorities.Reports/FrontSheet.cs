using Priorities.Results;

namespace Priorities.Reports;

/// <summary>The front sheet in the form of a council committee report: purpose, key decision, wards, recommendation.</summary>
internal static class FrontSheet
{
    public static MetaItem[] Items(PlanResult plan, string title, ReportOptions options, bool annex)
    {
        var partnership = plan.Partnership.Code is { } code ? $"{plan.Partnership.Name} ({code})" : plan.Partnership.Name;
        var period = ReportText.Period(plan.Period)
            + (plan.PreviousPeriod is { } previous ? $", compared with {ReportText.Period(previous)}" : string.Empty);
        var ruleSet = plan.RuleSet;
        return
        [
            new("Report of", partnership),
            new("Purpose of report", $"To ask the Board to endorse the community safety priorities of {plan.Partnership.Name} "
                + $"for {ReportText.PlanYear(plan.Period)}, proposed from the strategic assessment of {ReportText.Period(plan.Period)}."),
            new("Key decision", KeyDecision(plan)),
            new("Wards affected", plan.Partnership.Areas.Count == 0 ? "All" : "All, in " + PlanText.Join(plan.Partnership.Areas)),
            new("Assessment period", period),
            new("Rule set", $"{ruleSet.Id} version {ruleSet.Version} (hash {ReportText.ShortHash(ruleSet.Hash)})"),
            new("Prepared", ReportText.Date(options.TimeProvider.GetUtcNow())),
            new("Version", options.Public || options.ExemptAnnex ? "Public" : "Full (for board members)"),
            new("Exempt information", annex
                ? "Yes: the exempt annex (Local Government Act 1972, Schedule 12A) holds the evidence marked sensitive."
                : "None"),
            new("Recommendation", Recommendation(plan, title)),
        ];
    }

    /// <summary>"The Board is recommended to endorse …", naming the plan, its priorities, duties, leads and funding.</summary>
    public static string Recommendation(PlanResult plan, string title)
    {
        var ranked = plan.Priorities.Count(p => !p.Mandatory);
        var duties = ReportComposer.DutyCount(plan);
        var funding = plan.Priorities.SelectMany(p => p.Funding).ToArray();
        var money = funding.Length == 0 ? string.Empty : $", and the funding of {PlanText.Total(funding)} set out under financial implications";
        return $"The Board is recommended to endorse the {plan.Partnership.Name} {title}: "
            + $"{ReportText.Plural(ranked, "priority", "priorities")} chosen on the evidence and "
            + $"{ReportText.Plural(duties, "statutory duty", "statutory duties")}{WithLeadsAndMeasures(plan)}{money}.";
    }

    /// <summary>", with the leads and measures set out in this paper", naming only what the plan has.</summary>
    private static string WithLeadsAndMeasures(PlanResult plan)
    {
        var leads = plan.Priorities.Any(p => p.Lead is not null);
        var measures = plan.Priorities.Any(p => p.Measures.Count > 0);
        return (leads, measures) switch
        {
            (true, true) => ", with the leads and measures set out in this paper",
            (true, false) => ", with the leads set out in this paper",
            (false, true) => ", with the measures set out in this paper",
            _ => string.Empty,
        };
    }

    private static string KeyDecision(PlanResult plan)
    {
        var funding = plan.Priorities.SelectMany(p => p.Funding).ToArray();
        return funding.Length == 0
            ? "Yes: the plan sets the partnership's priorities for every ward in its area."
            : $"Yes: the plan sets the partnership's priorities for every ward in its area and allocates {PlanText.Total(funding)}.";
    }
}
