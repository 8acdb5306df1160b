using Priorities.Assessments;
using Priorities.Results;

namespace Priorities.Host.Tests.Cli;

/// <summary>Hand-built plan results for the formatting tests.</summary>
internal static class SamplePlans
{
    public static RuleSetInfo Info { get; } = new("oxford-csp", "2026.1", "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809");

    public static PlanResult Oxford(int notSelected = 1) => new()
    {
        Partnership = new Partnership { Name = "Oxford Safer Communities Partnership", Code = "E22000308", Areas = ["Oxford"] },
        Period = new AssessmentPeriod { Start = "2024-07", End = "2024-09", Label = "July 2024 to September 2024" },
        PreviousPeriod = new AssessmentPeriod { Start = "2024-04", End = "2024-06" },
        RuleSet = Info,
        StatutoryDuties =
        [
            new PlanDuty
            {
                Id = "prevent", Title = "Prevent duty", Act = "Counter-Terrorism and Security Act 2015", Section = "s.26",
                Since = "2015-07-01", Status = PriorityStatus.Continuing, Listed = true,
            },
            new PlanDuty
            {
                Id = "channel-panel", Title = "Channel panels", Act = "Counter-Terrorism and Security Act 2015", Section = "s.36",
                Since = "2015-04-12", Status = PriorityStatus.Continuing, Listed = false,
            },
        ],
        Priorities = [Prevent(), Asb()],
        NotSelected = Enumerable.Range(0, notSelected).Select(Candidate).ToArray(),
        Dropped = [new DroppedPriority("cycle-crime", "Cycle crime", "scored 4, below the minimum score of 10")],
        DataQuality = [],
        Sources = ["data.police.uk street-level crime (Thames Valley Police)"],
    };

    public static ProposedPriority Prevent() => new()
    {
        Rank = 1,
        Id = "prevent",
        Title = "Prevent",
        Theme = "Statutory duties",
        Score = 0,
        Mandatory = true,
        LegalBasis = "s.26 Counter-Terrorism and Security Act 2015",
        Status = PriorityStatus.Continuing,
        Breakdown = [new ScoreComponent("harm", null, 0, 3, 0)],
        Rationale = ["Statutory duty: s.26 Counter-Terrorism and Security Act 2015"],
        Rules = [new FiredRule("prevent-duty", "Statutory duty: s.26 Counter-Terrorism and Security Act 2015", [], ["duty"], false)],
        Evidence = [new Evidence("duty", null, null, "prevent applies everywhere", "Counter-Terrorism and Security Act 2015", false)],
    };

    public static ProposedPriority Asb() => new()
    {
        Rank = 2,
        Id = "anti-social-behaviour",
        Title = "Anti-social behaviour",
        Theme = "Address issues affecting our communities",
        Score = 23.5,
        Mandatory = false,
        Status = PriorityStatus.New,
        Breakdown = [new ScoreComponent("harm", 1.2, 1, 3, 3), new ScoreComponent("trend", 3.3, 3, 2, 6), new ScoreComponent("volume", 14.5, 14.5, 1, 14.5)],
        Rationale = ["anti-social-behaviour rose 3.3% (393 to 406) in Oxford", "Residents named it in the panel survey"],
        Rules =
        [
            new FiredRule("rising-asb", "anti-social-behaviour rose 3.3% (393 to 406) in Oxford", [new RawScore("trend", 3.3), new RawScore("volume", 14.5)], ["trend"], false),
            new FiredRule("panel-concern", "Residents named it in the panel survey", [new RawScore("harm", 1.2)], [], true),
        ],
        Evidence =
        [
            new Evidence("trend", "anti-social-behaviour", "Oxford", "anti-social-behaviour in Oxford: 406 against 393 (+3.3%)", "data.police.uk", false),
            new Evidence("concern", "anti-social-behaviour", null, "panel concern 4 of 5", "Citizens' Panel 2024", true),
        ],
    };

    public static NotSelectedPriority Candidate(int index) => new()
    {
        Id = index == 0 ? "hate-crime" : $"candidate-{index}",
        Title = index == 0 ? "Hate crime" : $"Candidate {index}",
        Theme = "Address issues affecting our communities",
        Score = 8 - index,
        Shortfall = 2 + index,
        Breakdown = [new ScoreComponent("trend", -4.5, 2, 2, 4), new ScoreComponent("volume", 4, 4, 1, 4)],
        WhyNot = ["scored 8, below the minimum score of 10", "rising-hate-crime: t.changePct >= 10: hate-crime in Oxford was -4.5, short by 14.5"],
        Rules = [new FiredRule("hate-crime-volume", "hate-crime: 52 offences in Oxford", [new RawScore("volume", 4)], [], false)],
    };
}
