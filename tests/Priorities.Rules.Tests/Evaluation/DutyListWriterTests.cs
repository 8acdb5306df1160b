using Priorities.Assessments;
using Priorities.Evaluation;
using Priorities.Results;

namespace Priorities.Rules.Tests.Evaluation;

public sealed class DutyListWriterTests
{
    private static Assessment Assessment(string start, string end, AssessmentPeriod? previous = null, IReadOnlyList<DutyFact>? duties = null, string? code = "E22000308") => new()
    {
        Partnership = new Partnership { Name = "Test", Code = code, Areas = ["North"] },
        Period = new AssessmentPeriod { Start = start, End = end },
        PreviousPeriod = previous,
        Duties = duties,
    };

    private static PlanDuty Duty(IReadOnlyList<PlanDuty> duties, string id) => Assert.Single(duties, d => d.Id == id);

    [Fact]
    public void Write_NoList_EveryDutyInForceInferred()
    {
        var duties = DutyListWriter.Write(Assessment("2024-04", "2025-03"));

        Assert.Equal(StatutoryDuties.InForceEverywhere().Select(d => d.Id), duties.Select(d => d.Id));
        Assert.All(duties, d => Assert.False(d.Listed));
        var dhr = Duty(duties, "domestic-homicide-review");
        Assert.Equal(("Domestic Violence, Crime and Victims Act 2004", "s.9", "2011-04-13"), (dhr.Act, dhr.Section, dhr.Since));
    }

    [Fact]
    public void Write_ListLeavesDutiesOut_TheyAreStillThere()
    {
        var duties = DutyListWriter.Write(Assessment("2024-04", "2025-03", duties: [new DutyFact { Id = "prevent" }]));

        Assert.Equal(8, duties.Count);
        Assert.True(Duty(duties, "prevent").Listed);
        Assert.False(Duty(duties, "modern-slavery").Listed);
    }

    [Fact]
    public void Write_DutyInForceBeforeThePreviousPeriod_Continuing_ElseNew()
    {
        var previous = new AssessmentPeriod { Start = "2023-01", End = "2023-12" };

        var duties = DutyListWriter.Write(Assessment("2024-01", "2024-12", previous));

        Assert.Equal(PriorityStatus.Continuing, Duty(duties, "domestic-homicide-review").Status);
        Assert.Equal(PriorityStatus.New, Duty(duties, "serious-violence").Status);
    }

    [Fact]
    public void Write_NoPreviousPeriod_ComparesWithTwelveMonthsEarlier()
    {
        Assert.Equal(PriorityStatus.New, Duty(DutyListWriter.Write(Assessment("2023-04", "2024-03")), "serious-violence").Status);
        Assert.Equal(PriorityStatus.Continuing, Duty(DutyListWriter.Write(Assessment("2024-02", "2025-01")), "serious-violence").Status);
    }

    [Fact]
    public void Write_PilotArea_ListsThePilotWithItsArea()
    {
        var duties = DutyListWriter.Write(Assessment("2024-04", "2025-03", code: "E22000336"));

        Assert.Equal(["Coventry"], Duty(duties, "offensive-weapons-homicide-review").Areas);
    }

    [Fact]
    public void Write_ListedDutyNotYetInForce_ListedAsTheAssessmentSays()
    {
        var duties = DutyListWriter.Write(Assessment("2022-01", "2022-12", duties: [new DutyFact { Id = "serious-violence" }]));

        Assert.True(Duty(duties, "serious-violence").Listed);
        Assert.Equal(PriorityStatus.New, Duty(duties, "serious-violence").Status);
    }

    [Fact]
    public void Write_SensitiveDutyFact_AreasLeftOut()
    {
        var fact = new DutyFact { Id = "prevent", AppliesTo = ["North"], Sensitive = true };

        Assert.Null(Duty(DutyListWriter.Write(Assessment("2024-04", "2025-03", duties: [fact])), "prevent").Areas);
    }
}
