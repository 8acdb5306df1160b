using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Loading;

namespace Priorities.Rules.Tests.RuleSets.Loading;

public sealed class RuleSetHashTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string ReadHash(string rootText, string includedText)
    {
        var root = _folder.Write("root.yaml", rootText);
        _folder.Write("inc.yaml", includedText);
        var bag = new DiagnosticBag();
        var document = RuleSetReader.Read(root, bag);
        Assert.NotNull(document);
        return document.Hash;
    }

    private static string Root(string comment = "") => RuleYaml.Valid.Replace("version: 2026.1", "version: 2026.1\ninclude: inc.yaml" + comment, StringComparison.Ordinal);

    private const string Included = "ruleset: inc\nversion: 1";

    [Fact]
    public void Hash_SameFiles_IsStableAndLowercaseHex()
    {
        var first = ReadHash(Root(), Included);
        var second = ReadHash(Root(), Included);

        Assert.Equal(first, second);
        Assert.Matches("^[0-9a-f]{64}$", first);
    }

    [Fact]
    public void Hash_ChangeInAnIncludedFile_ChangesIt()
    {
        Assert.NotEqual(ReadHash(Root(), Included), ReadHash(Root(), Included + "\n# note"));
    }

    [Fact]
    public void Hash_ChangeInTheRoot_ChangesIt()
    {
        Assert.NotEqual(ReadHash(Root(), Included), ReadHash(Root("\n# note"), Included));
    }

    [Fact]
    public void Hash_TextMovedAcrossTheFileBoundary_ChangesIt()
    {
        var one = new RuleFile("a", "ab", null, null, null, [], [], null, [], [], SourceLocation.StartOf("a"), []);
        var two = one with { Text = "b" };

        Assert.NotEqual(RuleSetMerger.Hash([one, two with { Text = "c" }]), RuleSetMerger.Hash([one with { Text = "a" }, two with { Text = "bc" }]));
    }
}
