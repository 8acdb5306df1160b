using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Loading;

namespace Priorities.Rules.Tests.RuleSets.Loading;

public sealed class IncludeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Part(string id, string include, string priority, string? extra = null) => $"""
        ruleset: {id}
        version: 1
        include: [{include}]
        priorities:
          - id: {priority}
            title: {priority}
        rules:
          - id: rule-{priority}
            when: [ {"{"} fact: trend {"}"} ]
            then: {"{"} propose: {priority}, because: x {"}"}
        {extra}
        """;

    private static IEnumerable<Diagnostic> Errors(DiagnosticBag bag) => bag.Sorted().Where(d => d.Severity == DiagnosticSeverity.Error);

    private const string Scoring = "scoring:\n  dimensions:\n    trend: { weight: 1 }";

    [Fact]
    public void Read_Includes_MergesIncludedEntriesFirstAndListsFilesInReachedOrder()
    {
        var root = _folder.Write("root.yaml", Part("root", "a.yaml, b.yaml", "p-root", Scoring));
        _folder.Write("a.yaml", Part("a", "sub/c.yaml", "p-a"));
        _folder.Write("b.yaml", Part("b", "sub/c.yaml", "p-b"));
        _folder.Write("sub/c.yaml", Part("c", "", "p-c"));
        var bag = new DiagnosticBag();

        var document = RuleSetReader.Read(root, bag);

        Assert.NotNull(document);
        Assert.Equal(["root.yaml", "a.yaml", Path.Combine("sub", "c.yaml"), "b.yaml"], document.Files.Select(f => Path.GetRelativePath(_folder.Root, f)));
        Assert.Equal(["p-c", "p-a", "p-b", "p-root"], document.Priorities.Select(p => p.Id));
        Assert.Equal(["rule-p-c", "rule-p-a", "rule-p-b", "rule-p-root"], document.Rules.Select(r => r.Id));
        Assert.Equal("root", document.Id);
        Assert.DoesNotContain(bag.Items, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Read_IncludeCycle_NamesTheChainAtTheIncludeItem()
    {
        var root = _folder.Write("root.yaml", Part("root", "a.yaml", "p-root", Scoring));
        var a = _folder.Write("a.yaml", Part("a", "root.yaml", "p-a"));
        var bag = new DiagnosticBag();

        Assert.Null(RuleSetReader.Read(root, bag));

        var cycle = Assert.Single(Errors(bag));
        Assert.Equal($"{a}:3:11: error PR2008: Include cycle: root.yaml -> a.yaml -> root.yaml.", cycle.ToString());
    }

    [Fact]
    public void Read_MissingInclude_IsReportedAtTheIncludeItem()
    {
        var root = _folder.Write("root.yaml", Part("root", "a.yaml, gone.yaml", "p-root", Scoring));
        _folder.Write("a.yaml", Part("a", "", "p-a"));
        var bag = new DiagnosticBag();

        Assert.Null(RuleSetReader.Read(root, bag));

        var missing = Assert.Single(Errors(bag));
        Assert.Equal((RulesCodes.IncludeMissing, new SourceLocation(root, 3, 19)), (missing.Code, missing.Location));
        Assert.Contains("'gone.yaml' does not exist", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicatesAcrossFiles_NameBothPlaces()
    {
        var root = _folder.Write("root.yaml", Part("root", "a.yaml", "same", Scoring + "\nfacts:\n  hot: { a: string }"));
        var a = _folder.Write("a.yaml", Part("a", "", "same", "facts:\n  hot: { b: string }"));
        var bag = new DiagnosticBag();

        Assert.Null(RuleSetReader.Read(root, bag));

        Assert.Equal(
            [
                $"{root}:5:5: error PR2003: Duplicate priority id 'same': it is also declared at {a}:5:5.",
                $"{root}:8:5: error PR2004: Duplicate rule id 'rule-same': it is also declared at {a}:8:5.",
                $"{root}:15:3: error PR2006: Duplicate fact type id 'hot': it is also declared at {a}:12:3.",
            ],
            Errors(bag).Select(d => d.ToString()));
    }

    [Fact]
    public void Read_TwoScoringModels_NamesTheFirst()
    {
        var root = _folder.Write("root.yaml", Part("root", "a.yaml", "p-root", Scoring));
        var a = _folder.Write("a.yaml", Part("a", "", "p-a", Scoring));
        var bag = new DiagnosticBag();

        Assert.Null(RuleSetReader.Read(root, bag));

        var second = Assert.Single(Errors(bag));
        Assert.Equal($"{root}:11:1: error PR2010: A second 'scoring' model; the rule set already has one at {a}:11:1.", second.ToString());
    }

    [Fact]
    public void ReadText_Includes_ResolveBesideTheNamedFile()
    {
        _folder.Write("a.yaml", Part("a", "", "p-a"));
        var bag = new DiagnosticBag();

        var document = RuleSetReader.ReadText(Path.Combine(_folder.Root, "virtual.yaml"), Part("v", "a.yaml", "p-v", Scoring), bag);

        Assert.Equal(["p-a", "p-v"], document!.Priorities.Select(p => p.Id));
        Assert.Equal(Path.Combine(_folder.Root, "virtual.yaml"), document.Files[0]);
    }
}
