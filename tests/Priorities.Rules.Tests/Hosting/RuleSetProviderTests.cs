using Priorities.Hosting;
using Priorities.Rules.Tests.RuleSets.Loading;

namespace Priorities.Rules.Tests.Hosting;

public sealed class RuleSetProviderTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);
    private readonly TempFolder _folder = new();
    private readonly ListLogger _log = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Constructor_NoRulesConfigured_ThrowsRuleSetLoadException()
    {
        var error = Assert.Throws<RuleSetLoadException>(() => Create(new PrioritiesOptions()));
        Assert.Contains("PrioritiesOptions.Rules", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BrokenRuleSet_ThrowsWithDiagnostics()
    {
        var root = TinyRuleSet.WriteTo(_folder);
        _folder.Write("tiny.yaml", "oops");
        var error = Assert.Throws<RuleSetLoadException>(() => Create(Options(root)));
        Assert.NotEmpty(error.Diagnostics);
        Assert.Contains($"{root}:1:1: error PR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_BrokenEdit_KeepsLastGoodSetAndLogsDiagnostics()
    {
        var root = TinyRuleSet.WriteTo(_folder);
        using var provider = Create(Options(root));
        var good = provider.RuleSet;
        _folder.Write("tiny.yaml", "broken");
        Assert.False(provider.Reload());
        Assert.Same(good, provider.RuleSet);
        Assert.Equal(1, provider.Generation);
        Assert.False(provider.LastLoad.Succeeded);
        Assert.Contains(_log.Messages, m => m.Contains($"{root}:1:1: error PR", StringComparison.Ordinal));
        Assert.Contains(_log.Messages, m => m.StartsWith("Error: Reload of", StringComparison.Ordinal) && m.Contains("still serving rule set tiny 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Watch_BrokenEditThenGoodEdit_KeepsLastGoodSetThenSwaps()
    {
        var root = TinyRuleSet.WriteTo(_folder);
        using var provider = Create(Options(root, watch: true));
        var good = provider.RuleSet;
        _folder.Write("tiny.yaml", "broken");
        Assert.True(await Eventually.TrueAsync(() => !provider.LastLoad.Succeeded, Bound));
        Assert.Same(good, provider.RuleSet);
        _folder.Write("tiny.yaml", TinyRuleSet.Root("2"));
        Assert.True(await Eventually.TrueAsync(() => provider.Generation == 2, Bound));
        Assert.Equal("2", provider.RuleSet.Info.Version);
        Assert.True(provider.LastLoad.Succeeded);
    }

    [Fact]
    public async Task Watch_EditIncludingAFileNotYetWritten_ReloadsWhenTheFileIsCreated()
    {
        var root = TinyRuleSet.WriteTo(_folder);
        using var provider = Create(Options(root, watch: true));
        _folder.Write("tiny.yaml", TinyRuleSet.Root("2").Replace("include: [catalogue.yaml]", "include: [catalogue.yaml, extra.yaml]", StringComparison.Ordinal));
        Assert.True(await Eventually.TrueAsync(() => !provider.LastLoad.Succeeded, Bound));

        _folder.Write("extra.yaml", "ruleset: extra\nversion: 1\n");

        Assert.True(await Eventually.TrueAsync(() => provider.Generation == 2, Bound));
        Assert.Equal("2", provider.RuleSet.Info.Version);
    }

    [Fact]
    public async Task Watch_BurstOfWrites_ReloadsOnceWithTheLastText()
    {
        var root = TinyRuleSet.WriteTo(_folder);
        using var provider = Create(Options(root, watch: true, delay: TimeSpan.FromMilliseconds(400)));
        for (var i = 2; i <= 6; i++) _folder.Write("tiny.yaml", TinyRuleSet.Root(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(await Eventually.TrueAsync(() => provider.Generation > 1, Bound));
        await Task.Delay(800);
        Assert.Equal(2, provider.Generation);
        Assert.Equal("6", provider.RuleSet.Info.Version);
    }

    [Fact]
    public async Task Watch_OtherFileInFolderChanges_DoesNotReload()
    {
        var root = TinyRuleSet.WriteTo(_folder);
        using var provider = Create(Options(root, watch: true));
        _folder.Write("notes.txt", "not a rule file");
        _folder.Write("other.yaml", "ruleset: other\nversion: 9\n");
        await Task.Delay(600);
        Assert.Equal(1, provider.Generation);
        Assert.True(provider.LastLoad.Succeeded);
    }

    [Fact]
    public async Task Dispose_ThenEdit_DoesNotReload()
    {
        var root = TinyRuleSet.WriteTo(_folder);
        var provider = Create(Options(root, watch: true));
        provider.Dispose();
        _folder.Write("tiny.yaml", TinyRuleSet.Root("2"));
        await Task.Delay(600);
        Assert.Equal(1, provider.Generation);
        Assert.Equal("1", provider.RuleSet.Info.Version);
    }

    private static PrioritiesOptions Options(string root, bool watch = false, TimeSpan? delay = null)
    {
        var options = new PrioritiesOptions { WatchForChanges = watch, ReloadDelay = delay ?? TimeSpan.FromMilliseconds(50) };
        options.Rules.Add(root);
        return options;
    }

    private RuleSetProvider Create(PrioritiesOptions options) => new(options, TimeProvider.System, _log, RuleSetSelection.LoadOne);
}
