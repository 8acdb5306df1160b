using Priorities.Diagnostics;
using Priorities.Files;

namespace Priorities.Rules.Tests.RuleSets.Loading;

/// <summary>Rule files are read whole up to the limit, and a file over it is refused, whatever the buffer sizes.</summary>
public sealed class RuleFileTextTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(4095)]
    [InlineData(70_000)]
    public void Read_FileAtTheLimit_ReadsEveryCharacter(int length)
    {
        var text = new string('x', length - 1);
        var path = _folder.Write("at-limit.yaml", text);

        var (read, code, _) = RuleFileText.Read(path, "at-limit.yaml", length);

        Assert.Null(code);
        Assert.Equal(text + "\n", read);
    }

    [Fact]
    public void Read_FileOneByteOverTheLimit_IsRefusedAsTooLarge()
    {
        var path = _folder.Write("over.yaml", new string('x', 999));

        var (read, code, problem) = RuleFileText.Read(path, "over.yaml", 999);

        Assert.Null(read);
        Assert.Equal(RulesCodes.IncludeTooLarge, code);
        Assert.Contains("1,000", problem, StringComparison.Ordinal);
    }
}
