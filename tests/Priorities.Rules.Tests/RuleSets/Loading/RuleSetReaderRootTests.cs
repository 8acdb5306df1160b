using System.Diagnostics;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.RuleSets.Loading;

/// <summary>
/// The root rule file is read like an include: a device, a pipe or a file past the size cap ends at once in PR1009 or
/// PR1008, never in an endless read or a hang.
/// </summary>
public sealed class RuleSetReaderRootTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static RuleSetLoadResult LoadWithin(string path)
    {
        var load = Task.Run(() => RuleSetLoader.Load(path));
        Assert.True(load.Wait(TimeSpan.FromSeconds(20)), $"Loading {path} did not end.");
        return load.Result;
    }

    [Fact]
    public void Load_DevZero_PR1009NotRegular()
    {
        var error = Assert.Single(LoadWithin("/dev/zero").Diagnostics);

        Assert.Equal(("PR1009", "/dev/zero", 1), (error.Code, error.File, error.Line));
        Assert.Contains("The rule file '/dev/zero' is empty or is not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Fifo_PR1009WithoutWaitingForAWriter()
    {
        var fifo = Path.Combine(_folder.Root, "rules.yaml");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();

        Assert.Equal("PR1009", Assert.Single(LoadWithin(fifo).Diagnostics).Code);
    }

    [Fact]
    public void Load_Folder_PR1009()
    {
        var error = Assert.Single(LoadWithin(_folder.Root).Diagnostics);

        Assert.Equal("PR1009", error.Code);
        Assert.Contains("is a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FilePastTheSizeCap_PR1008WithoutReadingIt()
    {
        var huge = Path.Combine(_folder.Root, "huge.yaml");
        using (var file = File.Create(huge)) file.SetLength(3L * 1024 * 1024 * 1024);

        var error = Assert.Single(LoadWithin(huge).Diagnostics);

        Assert.Equal("PR1008", error.Code);
        Assert.Contains("larger than the limit of 8,388,608 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Missing_PR1006()
    {
        var error = Assert.Single(LoadWithin(Path.Combine(_folder.Root, "nothere.yaml")).Diagnostics);

        Assert.Equal("PR1006", error.Code);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }
}
