using System.Text;
using Priorities.Adoption;
using Priorities.Assessments.Reading;
using Priorities.Engine.Diagnostics;
using Priorities.Rules.Tests.Adoption;

namespace Priorities.Rules.Tests.Assessments;

public sealed class HistoryReadingTests
{
    private const string Head = "partnership: {name: Oxford Safer Communities Partnership}\nperiod: {start: \"2025-07\", end: \"2025-09\"}\n";

    [Fact]
    public void ReadText_History_ReadsEntriesInYearOrderLater()
    {
        var result = AssessmentReader.ReadText("a.yaml", Head + "history:\n  - {year: 2024, adopted: [asb, prevent]}\n  - {year: 2022, adopted: [asb]}\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal([2024, 2022], result.Assessment!.History.Select(e => e.Year));
        Assert.Equal(["asb", "prevent"], result.Assessment.History[0].Adopted);
    }

    [Theory]
    [InlineData("previousPlan: [asb]\nhistory:\n  - {year: 2024, adopted: [asb]}\n", "PR3060@5:3")]
    [InlineData("history:\n  - {year: 2024, adopted: [asb]}\n  - {year: 2024, adopted: [prevent]}\n", "PR3061@5:12")]
    [InlineData("history:\n  - {year: 2025, adopted: [asb]}\n", "PR3062@4:12")]
    [InlineData("history:\n  - {year: 2024, adoptd: [asb]}\n", "PR3063@4:18")]
    [InlineData("history:\n  - {year: 2024, adopted: asb}\n", "PR3064@4:27")]
    [InlineData("history:\n  - {year: twenty, adopted: [asb]}\n", "PR3064@4:12")]
    [InlineData("history: {year: 2024}\n", "PR3064@3:10")]
    [InlineData("history:\n  - {year: 2024}\n", "PR3065@4:5")]
    [InlineData("history:\n  - {adopted: [asb]}\n", "PR3065@4:5")]
    [InlineData("history:\n  - {year: 2024, decisionRecord: adopted.json}\n", "PR3066@4:34")]
    [InlineData("history:\n  - {year: 2024, decisionRecord: {format: x}}\n", "PR3067@4:34")]
    public void ReadText_BadHistory_ErrorAtItsPlace(string history, string expected)
    {
        var result = AssessmentReader.ReadText("a.yaml", Head + history);

        Assert.Null(result.Assessment);
        Assert.Contains(expected, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Code));
    }

    [Fact]
    public void ReadText_RecordPathWithAdopted_WarnsThatItIsNotRead()
    {
        var result = AssessmentReader.ReadText("a.yaml", Head + "history:\n  - {year: 2024, adopted: [asb], decisionRecord: adopted.json}\n");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, "PR3066"), (warning.Severity, warning.Code));
        Assert.Equal("adopted.json", result.Assessment!.History[0].DecisionRecord);
        Assert.Empty(result.Assessment.History[0].Figures);
    }

    [Fact]
    public void ReadText_InlineRecord_FillsAdoptedAndFiguresAndHashReference()
    {
        var record = AdoptionFixture.Adopt().CanonicalJson!;
        var json = Encoding.UTF8.GetString(record);

        var result = AssessmentReader.ReadText("a.yaml", Head + $"history:\n  - year: 2024\n    decisionRecord: {json}\n");

        Assert.Empty(result.Diagnostics);
        var entry = result.Assessment!.History[0];
        Assert.Equal(AdoptionFixture.Plan.Priorities.Select(p => p.Id), entry.Adopted);
        Assert.Equal(AdoptionFixture.Plan.Priorities.Select(p => p.Rank), entry.Figures.Select(f => f.Rank));
        Assert.Equal("sha256:" + DecisionRecordSerializer.Sha256(DecisionRecordSerializer.FromJson(json)), entry.DecisionRecord);
    }

    [Fact]
    public void Read_RecordBesideTheFile_ReadWithItsFigures()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.File("adopted.json"), AdoptionFixture.Adopt().CanonicalJson!);
        var path = folder.Write("next.yaml", Head + "history:\n  - {year: 2024, decisionRecord: adopted.json}\n");

        var result = AssessmentReader.Read(path);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("adopted.json", result.Assessment!.History[0].DecisionRecord);
        Assert.NotEmpty(result.Assessment.History[0].Figures);
    }

    [Theory]
    [InlineData("../outside.json", "PR3066@4:34")]
    [InlineData("missing.json", "PR3066@4:34")]
    [InlineData("sub", "PR3066@4:34")]
    public void Read_RecordOutsideOrNotAFile_RefusedAtThePath(string record, string expected)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("sub"));
        File.WriteAllBytes(Path.Combine(folder.Path, "..", "outside.json"), AdoptionFixture.Adopt().CanonicalJson!);
        var path = folder.Write("next.yaml", Head + $"history:\n  - {{year: 2024, decisionRecord: {record}}}\n");

        var result = AssessmentReader.Read(path);

        Assert.Null(result.Assessment);
        Assert.Equal([expected], result.Diagnostics.Select(Code));
        Assert.DoesNotContain(folder.Path, result.Diagnostics[0].Message, StringComparison.Ordinal);
        File.Delete(Path.Combine(folder.Path, "..", "outside.json"));
    }

    [Fact]
    public void Read_AdoptedUnlikeTheRecord_ErrorPR3068()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.File("adopted.json"), AdoptionFixture.Adopt().CanonicalJson!);
        var path = folder.Write("next.yaml", Head + "history:\n  - {year: 2024, adopted: [asb], decisionRecord: adopted.json}\n");

        Assert.Contains("PR3068@4:27", AssessmentReader.Read(path).Diagnostics.Select(Code));
    }

    [Fact]
    public void Read_RecordOfAnotherYear_WarnsPR3069()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.File("adopted.json"), AdoptionFixture.Adopt().CanonicalJson!);
        var path = folder.Write("next.yaml", Head + "history:\n  - {year: 2023, decisionRecord: adopted.json}\n");

        var result = AssessmentReader.Read(path);

        Assert.NotNull(result.Assessment);
        Assert.Equal(["PR3069@4:34"], result.Diagnostics.Select(Code));
    }

    private static string Code(Diagnostic d) => $"{d.Code}@{d.Location.Line}:{d.Location.Column}";
}
