using Priorities.Import.Concern;
using Priorities.Import.Harm;

namespace Priorities.Import.Tests.Harm;

/// <summary>A harm table by offence subgroup gives count-weighted weights per police.uk category and per ONS offence group.</summary>
public sealed class HarmSubgroupsTests
{
    [Fact]
    public async Task ImportAsync_SubgroupTable_SameCategoryWeightsAsTheSummary()
    {
        var bySubgroup = (await HarmImporter.ImportAsync(new HarmImportOptions { Input = Fixtures.HarmBySubgroup })).Assessment;
        var byCategory = (await HarmImporter.ImportAsync(new HarmImportOptions { Input = Fixtures.HarmByCategory })).Assessment;

        foreach (var expected in byCategory.Harm)
            Assert.Equal(expected.Weight, Assert.Single(bySubgroup.Harm, h => h.Category == expected.Category).Weight);
    }

    [Fact]
    public async Task ImportAsync_SubgroupTable_WeighsOffenceGroupsByNationalCounts()
    {
        var harm = (await HarmImporter.ImportAsync(new HarmImportOptions { Input = Fixtures.HarmBySubgroup })).Assessment.Harm;

        var sexual = Math.Round(((2555.0 * 71509) + (182.25 * 135333)) / (71509 + 135333), 2);
        Assert.Equal(sexual, Assert.Single(harm, h => h.Category == "sexual-offences").Weight);
        Assert.Equal(10.0, Assert.Single(harm, h => h.Category == "stalking-and-harassment").Weight);
        Assert.Equal(273.5, Assert.Single(harm, h => h.Category == "residential-burglary").Weight);
        Assert.Single(harm, h => h.Category == "burglary");
    }

    [Fact]
    public async Task ConcernImportAsync_Csew_NationalWithItsDate()
    {
        var concern = (await ConcernImporter.ImportAsync(new ConcernImportOptions { Input = Fixtures.Concern })).Assessment.Concern;

        Assert.NotEmpty(concern);
        Assert.All(concern, c => Assert.Equal(Priorities.Assessments.Geographies.National, c.Geography));
        Assert.All(concern, c => Assert.False(string.IsNullOrEmpty(c.Date)));
    }
}
