using Priorities.Results;

namespace Priorities.Reports.Tests;

/// <summary>The priorities and not-selected candidates of <see cref="ReportSamples.Oxford"/>.</summary>
internal static class OxfordPriorities
{
    private const string Police = "data.police.uk, Thames Valley Police";

    public static ProposedPriority[] All() =>
    [
        Priority(1, "serious-violence", "Serious violence", "Reducing serious violence", PriorityStatus.Continuing, "s.8 Police, Crime, Sentencing and Courts Act 2022", ReportSamples.Breakdown(900, 18, 40, 1020, 30),
            [Evidence("trend", "violence-against-the-person", "violence-against-the-person in Oxford: 1,020 against 864 (+18.1%)", Police), Evidence("duty", null, "Serious Violence Duty applies", "s.8 Police, Crime, Sentencing and Courts Act 2022")]),
        Priority(2, "exploitation", "Exploitation and county lines", "Serious and organised crime", PriorityStatus.New, null, ReportSamples.Breakdown(600, 30, 9, 140, 60),
            [Evidence("trend", "drugs", "drugs in Oxford: 140 against 105 (+33.3%)", Police), Evidence("intelligence", "drugs", ReportSamples.SensitiveExploitation, "Thames Valley Police intelligence", sensitive: true)],
            sensitiveRule: ReportSamples.SensitiveExploitation),
        Priority(3, "anti-social-behaviour", "Anti-social behaviour", "Communities", PriorityStatus.Continuing, null, ReportSamples.Breakdown(120, 12, 61, 2450, 4),
            [Evidence("trend", "anti-social-behaviour", "anti-social-behaviour in Oxford: 2,450 against 2,188 (+12.0%)", Police)]),
        Priority(4, "domestic-abuse", "Domestic abuse", "Victims", PriorityStatus.Continuing, null, ReportSamples.Breakdown(450, 5, 20, 980, 20),
            [Evidence("volume", "domestic-abuse", "domestic-abuse flagged crimes in Oxford: 980", Police), Evidence("vulnerability", "domestic-abuse", ReportSamples.SensitiveSummary, "Oxfordshire MARAC", sensitive: true)],
            sensitiveRule: ReportSamples.SensitiveFinding),
        Priority(5, "serious-acquisitive-crime", "Serious acquisitive crime", "Communities", PriorityStatus.New, null, ReportSamples.Breakdown(244.68, 20, 35, 623, null),
            [Evidence("trend", "burglary", "burglary in Oxford: 623 against 519 (+20.0%)", Police), Evidence("harm", "burglary", "burglary harm weight: 244.68 CCHI days", "Cambridge Crime Harm Index")]),
        Priority(6, "prevent", "Prevent", "Statutory duties", PriorityStatus.Continuing, "s.26 Counter-Terrorism and Security Act 2015 (Channel panels: s.36)", ReportSamples.Breakdown(null, null, 8, null, null),
            [Evidence("duty", null, "Prevent duty applies", "s.26 Counter-Terrorism and Security Act 2015")]),
        Priority(7, "reducing-reoffending", "Reducing reoffending", "Offenders", PriorityStatus.New, "s.6 Crime and Disorder Act 1998", ReportSamples.Breakdown(null, -4, null, null, null),
            [Evidence("duty", null, "Reducing reoffending strategy required", "s.6 Crime and Disorder Act 1998")]),
    ];

    public static NotSelectedPriority[] NotSelected() =>
    [
        Candidate("road-safety", "Road safety", "Communities", 10, ReportSamples.Breakdown(80, 3, 40, null, null),
            ["Scored 24, 10 below the last selected discretionary priority (Serious acquisitive crime, 34).", "Rule rising-collisions did not fire: collisions.change_pct >= 10 failed (3.1 against 10)."]),
        Candidate("hate-crime", "Hate crime", "Victims", 12, ReportSamples.Breakdown(50, null, 20, 85, null),
            ["Scored 22, 12 below the last selected discretionary priority (Serious acquisitive crime, 34).", "Community tension reported by the Prevent coordinator", "Rule rising-hate-crime did not fire: trend.count >= 100 failed (85 against 100)."],
            sensitiveRule: "Community tension reported by the Prevent coordinator"),
    ];

    private static Evidence Evidence(string kind, string? category, string summary, string source, bool sensitive = false) =>
        new(kind, category, "Oxford", summary, source, sensitive);

    private static ProposedPriority Priority(int rank, string id, string title, string theme, string status, string? legalBasis, List<ScoreComponent> breakdown, Evidence[] evidence, string? sensitiveRule = null)
    {
        var rules = evidence.Where(e => !e.Sensitive).Select(e => new FiredRule(id + "-" + e.Kind, e.Summary, [], [], false)).ToList();
        if (sensitiveRule is not null)
        {
            rules.Add(new FiredRule(id + "-sensitive", sensitiveRule, [new RawScore("vulnerability", 31)], ["sensitive"], true));
        }

        var rationale = rules.Select(r => r.Because).Append(status == PriorityStatus.New ? "New this year." : "Continues from last year's plan.");
        if (legalBasis is not null)
        {
            rationale = rationale.Append("Statutory duty: " + legalBasis + ".");
        }

        return new ProposedPriority
        {
            Rank = rank, Id = id, Title = title, Theme = theme, Score = breakdown.Sum(c => c.Contribution), Mandatory = legalBasis is not null,
            LegalBasis = legalBasis, Status = status, Breakdown = breakdown, Rationale = [.. rationale], Rules = rules, Evidence = evidence,
        };
    }

    private static NotSelectedPriority Candidate(string id, string title, string theme, double shortfall, List<ScoreComponent> breakdown, string[] whyNot, string? sensitiveRule = null) => new()
    {
        Id = id, Title = title, Theme = theme, Score = breakdown.Sum(c => c.Contribution), Shortfall = shortfall, Breakdown = breakdown, WhyNot = whyNot,
        Rules = sensitiveRule is null ? [] : [new FiredRule(id + "-tension", sensitiveRule, [new RawScore("concern", 3)], [], true)],
    };
}
