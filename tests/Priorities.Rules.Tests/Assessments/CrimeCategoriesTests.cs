using Priorities.Assessments;
using Priorities.Import;

namespace Priorities.Rules.Tests.Assessments;

public sealed class CrimeCategoriesTests
{
    [Theory]
    [InlineData("Violence and sexual offences", "violent-crime")]
    [InlineData("Criminal damage and arson", "criminal-damage-arson")]
    [InlineData("Anti-social behaviour", "anti-social-behaviour")]
    [InlineData("  other crime ", "other-crime")]
    [InlineData("vehicle-crime", "vehicle-crime")]
    public void TryGetId_CrimeTypeOrId_MapsToSlug(string name, string id)
    {
        Assert.True(CrimeCategories.TryGetId(name, out var found));
        Assert.Equal(id, found);
    }

    [Fact]
    public void All_FourteenPoliceUkSlugs_EachMapsToItself()
    {
        Assert.Equal(14, CrimeCategories.All.Distinct().Count());
        Assert.All(CrimeCategories.All, id => Assert.Equal(id, CrimeCategories.TryGetId(id, out var same) ? same : null));
        Assert.All(CrimeCategories.CrimeTypeNames, name => Assert.True(CrimeCategories.TryGetId(name, out _)));
    }

    [Fact]
    public void TryGetId_Unknown_False()
    {
        Assert.False(CrimeCategories.TryGetId("Fraud", out var id));
        Assert.Null(id);
    }

    [Fact]
    public void InForceEverywhere_AllButPilotDuty_EachWithLegalBasis()
    {
        var duties = StatutoryDuties.InForceEverywhere();

        Assert.Equal(6, duties.Count);
        Assert.DoesNotContain(duties, d => d.Id == "offensive-weapons-homicide-review");
        Assert.All(duties, d => Assert.Equal(StatutoryDuties.LegalBasis(d.Id), d.Source));
    }

    [Theory]
    [InlineData("2022-03..2023-02", "2022-03", "2023-02", 12)]
    [InlineData("2024-07", "2024-07", "2024-07", 1)]
    public void MonthRangeParse_Valid_StartEndLength(string text, string start, string end, int length)
    {
        var range = MonthRange.Parse(text);

        Assert.Equal((start, end, length), (range.Start.ToString(), range.End.ToString(), range.Length));
        Assert.Equal("2021-03", MonthRange.Parse("2022-03..2023-02").AddYears(-1).Start.ToString());
    }

    [Theory]
    [InlineData("2022-13")]
    [InlineData("2023-02..2022-03")]
    [InlineData("22-03")]
    [InlineData("2022-03..")]
    public void MonthRangeTryParse_Invalid_False(string text)
    {
        Assert.False(MonthRange.TryParse(text, out _));
    }
}
