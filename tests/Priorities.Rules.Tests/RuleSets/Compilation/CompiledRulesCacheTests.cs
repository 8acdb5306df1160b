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
        var first = CompiledRulesCache.GetOrCompile(Read(file, Matrix), new DiagnosticBag());
        var second = CompiledRulesCache.GetOrCompile(Read(file, Matrix), new DiagnosticBag());
        Assert.NotNull(first);
        Assert.Same(first, second);
    }

    [Fact]
    public void GetOrCompile_ChangedContent_CompilesAgain()
    {
        var file = Path.Combine(Repository.Root, "rules", "matrix.yaml");
        var changed = Matrix.Replace("version:", "# changed\nversion:", StringComparison.Ordinal);
        var first = CompiledRulesCache.GetOrCompile(Read(file, Matrix), new DiagnosticBag());
        var second = CompiledRulesCache.GetOrCompile(Read(file, changed), new DiagnosticBag());
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
        Assert.True(CompiledRulesCache.Holds(served.RuleSet.Compiled.Document));
    }

    private static Priorities.RuleSets.Model.RuleSetDocument Read(string file, string text)
    {
        var bag = new DiagnosticBag();
        var document = RuleSetReader.ReadText(file, text, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        return document!;
    }
}
