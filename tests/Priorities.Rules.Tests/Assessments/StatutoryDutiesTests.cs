using Priorities.Assessments;

namespace Priorities.Rules.Tests.Assessments;

public sealed class StatutoryDutiesTests
{
    private static readonly Partnership Oxford = new() { Name = "Oxford Safer Communities Partnership", Code = "E22000308", Areas = ["Oxford"] };

    private static AssessmentPeriod Months(string start, string end) => new() { Start = start, End = end };

    private static string[] Ids(string start, string end, Partnership partnership) =>
        StatutoryDuties.InForce(Months(start, end), partnership).Select(d => d.Id).ToArray();

    [Fact]
    public void InForce_Oxford2024_EveryDutyButThePilot()
    {
        Assert.Equal(
            ["reducing-reoffending", "crime-disorder-implications", "domestic-homicide-review", "asb-case-review",
             "channel-panel", "prevent", "modern-slavery", "serious-violence"],
            Ids("2024-07", "2024-09", Oxford));
    }

    [Fact]
    public void InForce_PeriodEndingBeforeCommencement_LeavesTheDutyOut()
    {
        Assert.DoesNotContain("serious-violence", Ids("2022-01", "2022-12", Oxford));
        Assert.Contains("serious-violence", Ids("2022-02", "2023-01", Oxford));
        Assert.DoesNotContain("domestic-homicide-review", Ids("2010-04", "2011-03", Oxford));
        Assert.Contains("domestic-homicide-review", Ids("2010-05", "2011-04", Oxford));
    }

    [Theory]
    [InlineData("Birmingham", "E22000335", null)]
    [InlineData("Any name", "E22000335", null)]
    [InlineData("Lambeth Safer Neighbourhoods", null, "Lambeth")]
    [InlineData("Cwm Taf", "W14000023", null)]
    [InlineData("Cardiff Community Safety Partnership", "W06000015", null)]
    public void InForce_PilotArea_IncludesOffensiveWeaponsHomicideReviews(string name, string? code, string? area)
    {
        var partnership = new Partnership { Name = name, Code = code, Areas = area is null ? [] : [area] };

        Assert.Contains("offensive-weapons-homicide-review", Ids("2024-04", "2025-03", partnership));
        Assert.DoesNotContain("offensive-weapons-homicide-review", Ids("2022-04", "2023-03", partnership));
    }

    [Fact]
    public void InForce_Oxford_NeverTheOffensiveWeaponsPilot()
    {
        Assert.DoesNotContain("offensive-weapons-homicide-review", Ids("2024-04", "2025-03", Oxford));
    }

    [Fact]
    public void LegalBasis_EveryDuty_NamesSectionAndAct()
    {
        Assert.Equal("s.9 Domestic Violence, Crime and Victims Act 2004", StatutoryDuties.LegalBasis("domestic-homicide-review"));
        Assert.Equal("s.17 Crime and Disorder Act 1998", StatutoryDuties.LegalBasis("crime-disorder-implications"));
        Assert.Equal(
            "ss.24–36 Police, Crime, Sentencing and Courts Act 2022 (pilot areas only)",
            StatutoryDuties.LegalBasis("offensive-weapons-homicide-review"));
        Assert.Null(StatutoryDuties.LegalBasis("nope"));
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("2024-1")]
    [InlineData("24-01")]
    [InlineData("2024/01")]
    public void FirstDay_NotAMonth_Null(string text) => Assert.Null(global::Priorities.Assessments.Months.FirstDay(text));

    [Fact]
    public void LastDay_February_LastDayOfTheMonth() =>
        Assert.Equal(new DateOnly(2024, 2, 29), global::Priorities.Assessments.Months.LastDay("2024-02"));
}
