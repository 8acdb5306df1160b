using System.IO.Compression;
using System.Text;
using Priorities.Host.Cli;
using Priorities.Results;

namespace Priorities.Host.Tests.Cli;

public sealed class ProposeCommandTests
{
    [Fact]
    public void Render_Json_PlanResultSerializerOutput()
    {
        var plan = SamplePlans.Oxford(2);

        var json = Encoding.UTF8.GetString(ProposeCommand.Render(plan, "json", isPublic: false));

        Assert.Equal(PlanResultSerializer.ToJson(plan), json);
        Assert.Contains("panel-concern", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("table")]
    [InlineData("markdown")]
    [InlineData("html")]
    public void Render_Public_LeavesOutSensitiveEvidenceButKeepsScores(string format)
    {
        var full = Encoding.UTF8.GetString(ProposeCommand.Render(SamplePlans.Oxford(), format, isPublic: false));
        var open = Encoding.UTF8.GetString(ProposeCommand.Render(SamplePlans.Oxford(), format, isPublic: true));

        Assert.DoesNotContain("Citizens' Panel 2024", open, StringComparison.Ordinal);
        Assert.DoesNotContain("panel concern 4 of 5", open, StringComparison.Ordinal);
        Assert.Contains("23.5", open, StringComparison.Ordinal);
        Assert.Contains("Anti-social behaviour", open, StringComparison.Ordinal);
        if (format != "table") Assert.Contains("panel concern 4 of 5", full, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Table_SameAsPlanTable()
    {
        var plan = SamplePlans.Oxford(3);

        Assert.Equal(PlanTable.Format(plan), Encoding.UTF8.GetString(ProposeCommand.Render(plan, "table", isPublic: false)));
    }

    [Fact]
    public void Render_Docx_WordPackageWithTheDocument()
    {
        var bytes = ProposeCommand.Render(SamplePlans.Oxford(), "docx", isPublic: false);

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Contains(zip.Entries, e => e.FullName == "word/document.xml");
    }
}
