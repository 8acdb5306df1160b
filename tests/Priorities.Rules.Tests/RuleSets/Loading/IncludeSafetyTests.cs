using System.Diagnostics;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets;
using Priorities.RuleSets.Loading;
using Priorities.RuleSets.Model;

namespace Priorities.Rules.Tests.RuleSets.Loading;

/// <summary>Includes are resolved by the loader alone: inside the allowed root, regular files only, size-capped.</summary>
public sealed class IncludeSafetyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private RuleSetLoadOptions Confined => new() { IncludeRoot = _folder.Root };

    private Diagnostic Load(string includeLine, RuleSetLoadOptions? options = null)
    {
        var clock = Stopwatch.StartNew();
        var file = Path.Combine(_folder.Root, "request.yaml");
        var result = RuleSetLoader.LoadText(file, $"ruleset: x\nversion: \"1\"\n{includeLine}\n", options ?? Confined);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PR1002");
        return Assert.Single(result.Diagnostics, d => d.Code.StartsWith("PR10", StringComparison.Ordinal) || d.Code == RulesCodes.IncludeMissing);
    }

    [Theory]
    [InlineData("!!str include: [/etc/passwd]", 17)]
    [InlineData("\"include\": [/etc/passwd]", 13)]
    [InlineData("'include': [/etc/passwd]", 13)]
    [InlineData("include: /etc/passwd", 10)]
    [InlineData("include: [../../../../../../etc/passwd]", 11)]
    public void LoadText_IncludeOutsideTheRootWhateverTheKeysStyle_IsPR1007AtTheItem(string line, int column)
    {
        var error = Load(line);

        Assert.Equal((RulesCodes.IncludeOutsideRoot, 3, column), (error.Code, error.Location.Line, error.Location.Column));
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_NulInTheIncludePath_IsPR1010AtTheItemNotAnException()
    {
        var error = Load("include: [\"cat\\0alogue.yaml\"]");

        Assert.Equal((RulesCodes.IncludeBadPath, 3, 11), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Contains("cat\\u0000alogue.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_DevZeroWithoutARoot_IsPR1009Quickly()
    {
        var error = Load("include: [/dev/zero]", RuleSetLoadOptions.Default);

        Assert.Equal(RulesCodes.IncludeNotRegular, error.Code);
    }

    [Fact]
    public void LoadText_Fifo_IsPR1009WithoutOpeningIt()
    {
        if (!OperatingSystem.IsLinux()) return;
        var fifo = Path.Combine(_folder.Root, "pipe.yaml");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();

        var error = Load("include: [pipe.yaml]");

        Assert.Equal(RulesCodes.IncludeNotRegular, error.Code);
    }

    [Fact]
    public void LoadText_Folder_IsPR1009()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Root, "sub"));

        Assert.Equal(RulesCodes.IncludeNotRegular, Load("include: [sub]").Code);
    }

    [Fact]
    public void LoadText_FileOverTheCap_IsPR1008NamingTheLimit()
    {
        _folder.Write("big.yaml", "# " + new string('x', 5000));

        var error = Load("include: [big.yaml]", Confined with { MaxFileBytes = 4096 });

        Assert.Equal((RulesCodes.IncludeTooLarge, 3, 11), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Contains("4,096 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_SymlinkInsideTheRootPointingOut_IsPR1007()
    {
        var link = Path.Combine(_folder.Root, "passwd.yaml");
        File.CreateSymbolicLink(link, "/etc/passwd");

        Assert.Equal(RulesCodes.IncludeOutsideRoot, Load("include: [passwd.yaml]").Code);
    }

    [Fact]
    public void LoadText_MissingFileInsideTheRoot_NamesItRelativeToTheRootOnly()
    {
        var error = Load("include: [gone.yaml]");

        Assert.Equal(RulesCodes.IncludeMissing, error.Code);
        Assert.DoesNotContain(_folder.Root, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_IncludeInsideTheRoot_IsRead()
    {
        _folder.Write("part.yaml", "ruleset: part\nversion: 1\npriorities:\n  - { id: p, title: P }");
        var file = Path.Combine(_folder.Root, "request.yaml");

        var result = RuleSetLoader.LoadText(file, "ruleset: x\nversion: 1\n!!str include: [part.yaml]\n", Confined);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("PR10", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == RulesCodes.NoScoring);
    }
}
