using Priorities.Assessments;
using Priorities.Evaluation;
using static Priorities.Rules.Tests.RuleSets.Compilation.RuleSetFixture;

namespace Priorities.Rules.Tests.Evaluation;

public sealed class AssessmentCanonicalizerTests
{
    [Fact]
    public void Canonicalize_DataQualityNotes_SortedByKindCategoryAreaFromMessageThenCount()
    {
        DataQualityNote Note(string kind, string? category, string? area, string? from, string message, long? count) =>
            new() { Kind = kind, Category = category, Area = area, From = from, Message = message, Count = count };
        DataQualityNote[] expected =
        [
            Note("a", null, null, null, "m", null),
            Note("a", null, null, null, "m", 3),
            Note("a", null, null, null, "n", 1),
            Note("a", null, null, "2024-01", "m", null),
            Note("a", null, "Oxford", null, "m", null),
            Note("a", "burglary", null, null, "m", null),
            Note("b", null, null, null, "a", null),
        ];
        var shuffled = expected.Reverse().ToArray();

        var canonical = AssessmentCanonicalizer.Canonicalize(Assessment() with { DataQuality = shuffled });

        Assert.Equal(expected, canonical.DataQuality);
    }

    [Fact]
    public void Canonicalize_ListsWithoutOrder_SortedOrdinally()
    {
        var assessment = Assessment(Trend("robbery", "Oxford", 5, 4), Trend("burglary", "Oxford", 5, 4)) with
        {
            Partnership = new Partnership { Name = "X", Areas = ["Oxford", "Abingdon"] },
            PccPriorities = ["violence", "burglary"],
            Sources = ["z", "a"],
        };

        var canonical = AssessmentCanonicalizer.Canonicalize(assessment);

        Assert.Equal(["Abingdon", "Oxford"], canonical.Partnership.Areas);
        Assert.Equal(["burglary", "violence"], canonical.PccPriorities);
        Assert.Equal(["a", "z"], canonical.Sources);
        Assert.Equal(["burglary", "robbery"], canonical.Trends.Select(t => t.Category));
    }
}
