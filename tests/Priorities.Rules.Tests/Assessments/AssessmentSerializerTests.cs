using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;
using Priorities.Assessments;

namespace Priorities.Rules.Tests.Assessments;

public sealed class AssessmentSerializerTests
{
    internal static Assessment Sample(string area = "Oxford") => new()
    {
        Partnership = new Partnership { Name = "Oxford Safer Communities Partnership", Code = "E22000308", Areas = [area] },
        Period = new AssessmentPeriod { Start = "2024-07", End = "2024-09", Label = "July to September 2024" },
        PreviousPeriod = new AssessmentPeriod { Start = "2024-04", End = "2024-06" },
        Trends =
        [
            new TrendFact { Category = "burglary", Area = area, Count = 60, PreviousCount = 48, Change = 12, ChangePct = 25, Source = "data.police.uk", Series = [new SeriesPoint { Period = "2024-07", Count = 20 }] },
            new TrendFact { Category = "robbery", Area = area, Count = 3, PreviousCount = 0, Change = 3, SmallNumbers = true, Source = "data.police.uk", Sensitive = true },
        ],
        Volumes = [new VolumeFact { Category = "burglary", Area = area, AreaCode = "E22000308", Count = 623, Period = "2024-07..2025-06", Source = "ONS" }],
        Harm = [new HarmFact { Category = "burglary", Weight = 244.68, Unit = "CCHI days", Source = "CCHI", Date = "2026" }],
        Concern = [new ConcernFact { Category = "burglary", Share = 0.3523, Level = 3, Source = "CSEW", Date = "2019-01-01" }],
        Vulnerability = [new VulnerabilityFact { Indicator = "repeat-victims", Category = "domestic-abuse", Value = 0.31, Source = "MARAC", Sensitive = true }],
        Duties = [new DutyFact { Id = "prevent", Source = "s.26 Counter-Terrorism and Security Act 2015" }, new DutyFact { Id = "offensive-weapons-homicide-review", AppliesTo = [area] }],
        PccPriorities = ["violent-crime"],
        PreviousPlan = ["serious-acquisitive-crime"],
        DataQuality = [new DataQualityNote { Kind = DataQualityKinds.RecordingChange, Category = "violent-crime", From = "2023-04", Message = "Stalking and harassment recording changed." }],
        Sources = ["Test data. Contains public sector information licensed under the Open Government Licence v3.0."],
    };

    [Fact]
    public void ToJson_Assessment_CamelCaseWithoutNullsOrFalseSensitive()
    {
        var json = AssessmentSerializer.ToJson(Sample());
        using var document = JsonDocument.Parse(json);
        var trends = document.RootElement.GetProperty("trends");

        Assert.Equal(25, trends[0].GetProperty("changePct").GetDouble());
        Assert.Equal(48, trends[0].GetProperty("previousCount").GetInt32());
        Assert.False(trends[0].TryGetProperty("sensitive", out _));
        Assert.False(trends[1].TryGetProperty("changePct", out _));
        Assert.True(trends[1].GetProperty("sensitive").GetBoolean());
        Assert.True(document.RootElement.TryGetProperty("pccPriorities", out _));
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_ToJson_RoundTrips()
    {
        var json = AssessmentSerializer.ToJson(Sample());

        Assert.Equal(json, AssessmentSerializer.ToJson(AssessmentSerializer.FromJson(json)));
    }

    [Fact]
    public void ToYaml_Assessment_SameKeysAsJsonAndSourceCommentFirst()
    {
        var yaml = AssessmentSerializer.ToYaml(Sample());

        Assert.StartsWith("# Test data. Contains public sector information licensed under the Open Government Licence v3.0.\npartnership:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n  - category: burglary\n    area: Oxford\n    count: 60\n    previousCount: 48\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n  start: \"2024-07\"\n", yaml, StringComparison.Ordinal);
        Assert.Equal(AssessmentSerializer.ToJson(Sample()), AssessmentSerializer.ToJson(AssessmentSerializer.FromYaml(yaml)));
    }

    [Fact]
    public void FromJson_UnknownKey_Throws()
    {
        var json = AssessmentSerializer.ToJson(Sample()).Replace("\"pccPriorities\"", "\"pccPriority\"", StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => AssessmentSerializer.FromJson(json));
    }

    [Fact]
    public void FromYaml_MissingRequiredField_ThrowsJsonException()
    {
        Assert.Throws<JsonException>(() => AssessmentSerializer.FromYaml("partnership:\n  name: Oxford\n"));
    }

    [Fact]
    public void FromYaml_AliasBomb_FailsCleanly()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 9).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [*{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}]\n"));

        Assert.Throws<JsonException>(() => AssessmentSerializer.FromYaml(yaml));
    }

    /// <summary>Any text survives YAML: plain where safe, quoted otherwise, never misread as a number, boolean or null.</summary>
    [Property(MaxTest = 300)]
    public bool ToYaml_AnyAreaName_Meets_Specification(NonNull<string> area)
    {
        var text = new string(area.Get.Where(c => !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF').ToArray());
        var sample = Sample(text);

        return AssessmentSerializer.FromYaml(AssessmentSerializer.ToYaml(sample)).Trends[0].Area == text;
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("2024")]
    [InlineData("null")]
    [InlineData("a: b")]
    [InlineData("# not a comment")]
    [InlineData(" leading")]
    [InlineData("Bristol, City of")]
    [InlineData("-dash")]
    public void ToYaml_AwkwardStrings_RoundTrip(string area)
    {
        Assert.Equal(area, AssessmentSerializer.FromYaml(AssessmentSerializer.ToYaml(Sample(area))).Partnership.Areas[0]);
    }
}
