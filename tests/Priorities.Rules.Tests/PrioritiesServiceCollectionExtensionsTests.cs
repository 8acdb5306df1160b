using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Hosting;
using Priorities.RuleSets;
using Priorities.Rules.Tests.Hosting;
using Priorities.Rules.Tests.RuleSets.Loading;

namespace Priorities.Rules.Tests;

public sealed class PrioritiesServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AddPriorities_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection();
        Assert.Same(services, services.AddPriorities(o => o.Rules.Add("a.yaml")));
        services.AddPriorities(o => o.WatchForChanges = true);
        Assert.Single(services, d => d.ServiceType == typeof(IRuleSetProvider));
        Assert.Single(services, d => d.ServiceType == typeof(IPriorityPlanner));
        Assert.Single(services, d => d.ServiceType == typeof(TimeProvider));
        Assert.All(services.Where(d => d.ServiceType == typeof(IRuleSetProvider) || d.ServiceType == typeof(IPriorityPlanner)),
            d => Assert.Equal(ServiceLifetime.Singleton, d.Lifetime));
    }

    [Fact]
    public void AddPriorities_CalledTwice_AppliesBothConfigurationsInOrder()
    {
        var services = new ServiceCollection().AddPriorities(o => o.Rules.Add("a.yaml")).AddPriorities(o => o.WatchForChanges = true);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<PrioritiesOptions>>().Value;
        Assert.Equal(["a.yaml"], options.Rules);
        Assert.True(options.WatchForChanges);
    }

    [Fact]
    public void AddPriorities_TimeProviderRegisteredFirst_KeepsIt()
    {
        var fixedTime = new FixedTime();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(fixedTime).AddPriorities();
        using var provider = services.BuildServiceProvider();
        Assert.Same(fixedTime, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddPriorities_NoRuleConfigured_ResolvingTheProviderThrowsClearly()
    {
        using var provider = new ServiceCollection().AddPriorities().BuildServiceProvider();
        var error = Assert.Throws<RuleSetLoadException>(provider.GetRequiredService<IRuleSetProvider>);
        Assert.Contains("PrioritiesOptions.Rules", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddPriorities_RuleSetOnDisk_ServesOneSingletonAndProposes()
    {
        var root = TinyRuleSet.WriteTo(_folder);
        var fixedTime = new FixedTime();
        using var provider = new ServiceCollection().AddSingleton<TimeProvider>(fixedTime)
            .AddPriorities(o => o.Rules.Add(root)).BuildServiceProvider();
        var rules = provider.GetRequiredService<IRuleSetProvider>();
        Assert.Same(rules, provider.GetRequiredService<IRuleSetProvider>());
        Assert.Same(provider.GetRequiredService<IPriorityPlanner>(), provider.GetRequiredService<IPriorityPlanner>());
        Assert.Equal("tiny", rules.RuleSet.Info.Id);
        Assert.Equal(fixedTime.GetUtcNow(), rules.LoadedAt);
        var plan = await provider.GetRequiredService<IPriorityPlanner>().ProposeAsync(Burglary(25));
        Assert.Equal("burglary", Assert.Single(plan.Priorities).Id);
        Assert.Equal(rules.RuleSet.Info, plan.RuleSet);
    }

    [Fact]
    public async Task AddPriorities_WatchedIncludeBrokenThenFixed_KeepsLastGoodThenSwaps()
    {
        var root = TinyRuleSet.WriteTo(_folder);
        using var provider = new ServiceCollection()
            .AddPriorities(o => { o.Rules.Add(root); o.WatchForChanges = true; o.ReloadDelay = TimeSpan.FromMilliseconds(50); })
            .BuildServiceProvider();
        var rules = provider.GetRequiredService<IRuleSetProvider>();
        var good = rules.RuleSet;
        _folder.Write("catalogue.yaml", TinyRuleSet.Catalogue.Replace("title: Burglary", "titel: Burglary", StringComparison.Ordinal));
        Assert.True(await Eventually.TrueAsync(() => !rules.LastLoad.Succeeded, TimeSpan.FromSeconds(15)));
        Assert.Same(good, rules.RuleSet);
        Assert.Contains(rules.LastLoad.Diagnostics, d => d.Location.File.EndsWith("catalogue.yaml", StringComparison.Ordinal));
        _folder.Write("catalogue.yaml", TinyRuleSet.Catalogue.Replace("title: Burglary", "title: Burglary and theft", StringComparison.Ordinal));
        Assert.True(await Eventually.TrueAsync(() => rules.Generation == 2, TimeSpan.FromSeconds(15)));
        Assert.NotEqual(good.Info.Hash, rules.RuleSet.Info.Hash);
        Assert.Equal("Burglary and theft", Assert.Single(rules.RuleSet.Catalogue).Title);
    }

    [Fact]
    public async Task AddPriorities_UseShippedRuleSet_ProposesWithoutAnyRuleFile()
    {
        using var provider = new ServiceCollection()
            .AddPriorities(o => o.UseShippedRuleSet("oxford").WatchForChanges = true).BuildServiceProvider();
        var rules = provider.GetRequiredService<IRuleSetProvider>();
        var sample = ShippedAssessments.Load(ShippedAssessments.DefaultName).Assessment!;
        var plan = await provider.GetRequiredService<IPriorityPlanner>().ProposeAsync(sample);
        Assert.Equal(ShippedRuleSets.Load("oxford").RuleSet!.Info, plan.RuleSet);
        Assert.Equal("(shipped)/rules/oxford.yaml", rules.LastLoad.Root);
        Assert.NotEmpty(plan.Priorities);
    }

    [Fact]
    public void AddPriorities_ShippedRuleSetAndRuleFiles_ResolvingTheProviderThrowsClearly()
    {
        using var provider = new ServiceCollection()
            .AddPriorities(o => { o.Rules.Add("a.yaml"); o.UseShippedRuleSet("matrix"); }).BuildServiceProvider();
        var error = Assert.Throws<RuleSetLoadException>(provider.GetRequiredService<IRuleSetProvider>);
        Assert.Contains("name one of them", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UseShippedRuleSet_UnknownName_ThrowsListingTheShippedOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => new PrioritiesOptions().UseShippedRuleSet("rules/oxford.yaml"));
        Assert.Contains("aims-base, matrix, morile, oxford, oxfordshire-district, oxfordshire-rollup, seed-001-oxfordshire-csa, seed-003-south-and-vale, statutory-duties, targets, three-aims", error.Message, StringComparison.Ordinal);
    }

    private static Assessment Burglary(double changePct) => new()
    {
        Partnership = new Partnership { Name = "Test CSP", Areas = ["Test"] },
        Period = new AssessmentPeriod { Start = "2024-01", End = "2024-12" },
        Trends = [new TrendFact { Category = "burglary", Area = "Test", Count = 125, PreviousCount = 100, Change = 25, ChangePct = changePct, Source = "test" }],
    };

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2025, 4, 1, 9, 0, 0, TimeSpan.Zero);
    }
}
