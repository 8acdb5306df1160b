using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Compilation;
using Priorities.RuleSets.Loading;

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

    private static Priorities.RuleSets.Model.RuleSetDocument Read(string file, string text)
    {
        var bag = new DiagnosticBag();
        var document = RuleSetReader.ReadText(file, text, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        return document!;
    }
}
