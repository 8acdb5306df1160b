using Priorities.Engine.Diagnostics;
using Priorities.Host.Http;

namespace Priorities.Host.Tests.Http;

/// <summary>Diagnostics sent to a client name files relative to the rules folder, in the place and the message.</summary>
public sealed class DiagnosticJsonTests
{
    [Fact]
    public void From_MessageNamingAServerPath_ShowsItRelativeToTheRulesFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "srv-rules");
        var file = Path.Combine(folder, "oxford.yaml");
        var message = $"The included file 'nothere.yaml' does not exist ({Path.Combine(folder, "sub", "nothere.yaml")}).";
        var diagnostic = Diagnostic.Error("PR2002", new SourceLocation(file, 3, 12), message);

        var json = DiagnosticJson.From(diagnostic, folder);

        Assert.Equal("oxford.yaml", json.File);
        Assert.Equal($"The included file 'nothere.yaml' does not exist ({Path.Combine("sub", "nothere.yaml")}).", json.Message);
        Assert.DoesNotContain(folder, json.Text, StringComparison.Ordinal);
    }
}
