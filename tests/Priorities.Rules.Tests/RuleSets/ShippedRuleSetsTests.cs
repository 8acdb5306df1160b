using Priorities.RuleSets;

namespace Priorities.Rules.Tests.RuleSets;

public sealed class ShippedRuleSetsTests
{
    [Fact]
    public void Names_Shipped_AreTheRepositoryRuleFiles()
    {
        var files = Directory.GetFiles(Path.Combine(Repository.Root, "rules"), "*.yaml")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(files, ShippedRuleSets.Names);
        Assert.Contains(ShippedRuleSets.DefaultName, ShippedRuleSets.Names);
    }

    [Theory]
    [InlineData("oxford")]
    [InlineData("matrix")]
    [InlineData("morile")]
    public void Load_ShippedName_SameRuleSetAsTheRepositoryFile(string name)
    {
        var shipped = ShippedRuleSets.Load(name);
        var disk = RuleSetLoader.Load(Path.Combine(Repository.Root, "rules", name + ".yaml"));

        Assert.True(shipped.Succeeded, string.Join("\n", shipped.Diagnostics));
        Assert.Equal(disk.RuleSet!.Info, shipped.RuleSet!.Info);
        Assert.Equal(disk.RuleSet.Files.Select(Path.GetFileName), shipped.RuleSet.Files.Select(f => f.Split('/')[^1]));
        Assert.Equal(disk.Diagnostics.Select(d => d.Message), shipped.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void Load_Oxford_ResolvesItsIncludeFromTheShippedFiles()
    {
        var result = ShippedRuleSets.Load("oxford");

        Assert.Equal("(shipped)/rules/oxford.yaml", result.Root);
        Assert.Equal(["(shipped)/rules/oxford.yaml", "(shipped)/rules/statutory-duties.yaml"], result.RuleSet!.Files);
    }

    [Theory]
    [InlineData("oxford.yaml")]
    [InlineData("(shipped)/rules/oxford.yaml")]
    public void Load_FileNameOrShippedPath_SameAsTheName(string name)
    {
        Assert.True(ShippedRuleSets.Contains(name));
        Assert.Equal(ShippedRuleSets.Load("oxford").RuleSet!.Info, ShippedRuleSets.Load(name).RuleSet!.Info);
    }

    [Theory]
    [InlineData("oxfordshire")]
    [InlineData("rules/oxford.yaml")]
    [InlineData("(shipped)/samples/oxford-city-2024.yaml")]
    [InlineData("README")]
    public void Load_UnknownName_ThrowsListingTheShippedOnes(string name)
    {
        Assert.False(ShippedRuleSets.Contains(name));
        var error = Assert.Throws<ArgumentException>(() => ShippedRuleSets.Load(name));
        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("aims-base, matrix, morile, oxford, oxfordshire-district, oxfordshire-rollup, seed-001-oxfordshire-csa, seed-003-south-and-vale, statutory-duties, targets, three-aims", error.Message, StringComparison.Ordinal);
    }
}
