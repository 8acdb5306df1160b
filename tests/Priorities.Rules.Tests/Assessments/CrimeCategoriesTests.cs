using Priorities.Assessments;

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

        Assert.Equal(8, duties.Count);
        Assert.DoesNotContain(duties, d => d.Id == "offensive-weapons-homicide-review");
        Assert.All(duties, d => Assert.Equal(StatutoryDuties.LegalBasis(d.Id), d.Source));
    }
}
