using Priorities.Assessments;
using Priorities.Results;

namespace Priorities.Rules.Tests.Testing;

/// <summary>Builds small plan results by hand, for checking expectations without running a rule set.</summary>
internal static class Plans
{
    public static ProposedPriority Proposed(int rank, string id, double score, bool mandatory = false, string status = "new", params string[] rationale) => new()
    {
        Rank = rank,
        Id = id,
        Title = id,
        Theme = "theme",
        Score = score,
        Mandatory = mandatory,
        Status = status,
        Breakdown = [],
        Rationale = rationale,
        Rules = [],
        Evidence = [],
    };

    public static NotSelectedPriority Left(string id, double score, double shortfall, params string[] because) => new()
    {
        Id = id,
        Title = id,
        Theme = "theme",
        Score = score,
        Shortfall = shortfall,
        Breakdown = [],
        WhyNot = [$"below the minimum score by {shortfall}"],
        Rules = because.Select(b => new FiredRule("r", b, [], [], false)).ToArray(),
    };

    public static PlanResult Of(IReadOnlyList<ProposedPriority> selected, params NotSelectedPriority[] left) => new()
    {
        Partnership = new Partnership { Name = "Test" },
        Period = new AssessmentPeriod { Start = "2024-01", End = "2024-12" },
        RuleSet = new RuleSetInfo("test", "1", "hash"),
        Priorities = selected,
        NotSelected = left,
        Dropped = [],
        DataQuality = [],
        Sources = [],
    };

    /// <summary>prevent at 5 (mandatory, continuing), asb at 2, burglary at 1; hate-crime left out.</summary>
    public static PlanResult Sample() => Of(
        [
            Proposed(1, "burglary", 39, rationale: "burglary rose 20.0% in Oxford"),
            Proposed(2, "asb", 21.5, rationale: "anti-social-behaviour fell 3.0% in Oxford"),
            Proposed(3, "drugs", 20),
            Proposed(4, "cycle-crime", 17),
            Proposed(5, "prevent", 0, mandatory: true, status: "continuing", "Statutory duty: s.26 Counter-Terrorism and Security Act 2015"),
        ],
        Left("hate-crime", 4, 8, "4 hate crimes recorded"));
}
