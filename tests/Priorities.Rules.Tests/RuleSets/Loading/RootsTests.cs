using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Loading;

namespace Priorities.Rules.Tests.RuleSets.Loading;

public sealed class RootsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Roots_Folder_GivesItsOwnRuleFilesSortedWithoutIncludedOnes()
    {
        var oxford = _folder.Write("oxford.yaml", "ruleset: o\nversion: 1\ninclude: [duties.yaml]");
        _folder.Write("duties.yaml", "ruleset: d\nversion: 1");
        var matrix = _folder.Write("matrix.yml", "ruleset: m\nversion: 1\ninclude: duties.yaml");
        var beta = _folder.Write("Beta.yaml", "ruleset: b\nversion: 1");
        _folder.Write("notes.txt", "not a rule file");
        _folder.Write("sub/deep.yaml", "ruleset: x\nversion: 1");
        var bag = new DiagnosticBag();

        var roots = RuleSetReader.Roots([_folder.Root], bag);

        Assert.Empty(bag.Items);
        Assert.Equal([beta, matrix, oxford], roots);
    }

    [Fact]
    public void Roots_FilesThatIncludeEachOther_KeepTheFirstNamed()
    {
        var a = _folder.Write("a.yaml", "ruleset: a\nversion: 1\ninclude: b.yaml");
        var b = _folder.Write("b.yaml", "ruleset: b\nversion: 1\ninclude: a.yaml");

        Assert.Equal([b], RuleSetReader.Roots([b, a], new DiagnosticBag()));
    }

    [Fact]
    public void Roots_MissingPath_IsAnErrorAtItsStart()
    {
        var bag = new DiagnosticBag();
        var missing = Path.Combine(_folder.Root, "nope.yaml");

        RuleSetReader.Roots([missing], bag);

        Assert.Equal($"{missing}:1:1: error PR1006: No rule file or folder '{missing}'.", Assert.Single(bag.Items).ToString());
    }
}
