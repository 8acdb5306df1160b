using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Compilation;
using Priorities.RuleSets;
using Priorities.RuleSets.Loading;
using Priorities.RuleSets.Model;

namespace Priorities.Rules.Tests.RuleSets.Compilation;

public sealed class CompiledRulesCacheTests
{
    private static readonly string Matrix = File.ReadAllText(Path.Combine(Repository.Root, "rules", "matrix.yaml"));

    [Fact]
    public void GetOrCompile_SameContentTwice_ReturnsTheSameCompilation()
    {
        var file = Path.Combine(Repository.Root, "rules", "matrix.yaml");
        var first = CompiledRulesCache.Shared.GetOrCompile(Read(file, Matrix), new DiagnosticBag());
        var second = CompiledRulesCache.Shared.GetOrCompile(Read(file, Matrix), new DiagnosticBag());
        Assert.NotNull(first);
        Assert.Same(first, second);
    }

    [Fact]
    public void GetOrCompile_ChangedContent_CompilesAgain()
    {
        var file = Path.Combine(Repository.Root, "rules", "matrix.yaml");
        var changed = Matrix.Replace("version:", "# changed\nversion:", StringComparison.Ordinal);
        var first = CompiledRulesCache.Shared.GetOrCompile(Read(file, Matrix), new DiagnosticBag());
        var second = CompiledRulesCache.Shared.GetOrCompile(Read(file, changed), new DiagnosticBag());
        Assert.NotSame(first, second);
        Assert.NotEqual(first!.Document.Hash, second!.Document.Hash);
    }

    [Fact]
    public void LoadText_NotShared_LeavesNothingInTheCache()
    {
        var file = Path.Combine(Repository.Root, "rules", "matrix.yaml");
        var text = Matrix.Replace("version:", $"# {Guid.NewGuid():N}\nversion:", StringComparison.Ordinal);

        var validated = RuleSetLoader.LoadText(file, text, new RuleSetLoadOptions { ShareCompiled = false });
        var served = RuleSetLoader.LoadText(file, text);

        Assert.NotNull(validated.RuleSet);
        Assert.Equal(served.RuleSet!.Info.Hash, validated.RuleSet.Info.Hash);
        Assert.NotSame(served.RuleSet.Compiled, validated.RuleSet.Compiled);
        Assert.True(CompiledRulesCache.Shared.Holds(served.RuleSet.Compiled.Document));
    }

    [Fact]
    public void LoadText_NotShared_IsNeverHeld()
    {
        var file = Path.Combine(Repository.Root, "rules", "matrix.yaml");
        var text = Matrix.Replace("version:", $"# {Guid.NewGuid():N}\nversion:", StringComparison.Ordinal);

        var validated = RuleSetLoader.LoadText(file, text, new RuleSetLoadOptions { ShareCompiled = false });

        Assert.False(CompiledRulesCache.Shared.Holds(validated.RuleSet!.Compiled.Document));
    }

    [Fact]
    public void GetOrCompile_DistinctSetsPastTheBudget_HoldsOnlyTheNewestWithinIt()
    {
        var probe = new CompiledRulesCache(long.MaxValue);
        probe.GetOrCompile(Distinct(0), new DiagnosticBag());
        var cache = new CompiledRulesCache(probe.HeldBytes * 5 / 2);

        var documents = Enumerable.Range(1, 8).Select(Distinct).ToArray();
        foreach (var document in documents) Assert.NotNull(cache.GetOrCompile(document, new DiagnosticBag()));

        Assert.InRange(cache.HeldBytes, 1, cache.BudgetBytes);
        Assert.True(cache.Holds(documents[^1]));
        Assert.False(cache.Holds(documents[0]));
    }

    [Fact]
    public void GetOrCompile_LargerThanTheBudget_ReturnsItWithoutKeepingIt()
    {
        var cache = new CompiledRulesCache(1024);
        var document = Distinct(9);

        var compiled = cache.GetOrCompile(document, new DiagnosticBag());

        Assert.NotNull(compiled);
        Assert.False(cache.Holds(document));
        Assert.Equal(0, cache.HeldBytes);
    }

    [Fact]
    public void CompiledCacheBytes_Lowered_DropsOldestEntries()
    {
        var cache = new CompiledRulesCache(long.MaxValue);
        var (first, second) = (Distinct(10), Distinct(11));
        cache.GetOrCompile(first, new DiagnosticBag());
        cache.GetOrCompile(second, new DiagnosticBag());

        cache.BudgetBytes = cache.HeldBytes - 1;

        Assert.False(cache.Holds(first));
        Assert.True(cache.Holds(second));
    }

    private static Priorities.RuleSets.Model.RuleSetDocument Distinct(int index) =>
        Read(Path.Combine(Repository.Root, "rules", "matrix.yaml"),
            Matrix.Replace("version:", $"# {index} {Guid.NewGuid():N}\nversion:", StringComparison.Ordinal));

    private static Priorities.RuleSets.Model.RuleSetDocument Read(string file, string text)
    {
        var bag = new DiagnosticBag();
        var document = RuleSetReader.ReadText(file, text, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        return document!;
    }
}
