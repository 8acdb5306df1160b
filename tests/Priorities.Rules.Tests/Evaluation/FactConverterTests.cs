using Priorities.Assessments;
using Priorities.Engine.Facts;
using Priorities.Evaluation;

namespace Priorities.Rules.Tests.Evaluation;

public sealed class FactConverterTests
{
    [Fact]
    public void Convert_OptionalNumbersLeftOut_AreUnknownNotZero()
    {
        var assessment = new Assessment
        {
            Partnership = new Partnership { Name = "Oxford" },
            Period = new AssessmentPeriod { Start = "2024-01", End = "2024-12" },
            Trends = [new TrendFact { Category = "burglary", Area = "Oxford", Count = 5, PreviousCount = 0, Change = 5, Source = "t" }],
            Concern = [new ConcernFact { Category = "burglary", Source = "t" }],
            DataQuality = [new DataQualityNote { Kind = "note", Message = "m" }],
        };

        var facts = FactConverter.Convert(assessment, []).Select(f => f.Record).ToList();

        var trend = Single(facts, "trend");
        Assert.Equal((null, null), (trend["changePct"], trend["ratePer1000"]));
        var concern = Single(facts, "concern");
        Assert.Equal((null, null), (concern["level"], concern["share"]));
        Assert.Null(Single(facts, "quality")["count"]);
    }

    [Fact]
    public void Convert_OptionalNumbersGiven_KeepTheirValuesZeroIncluded()
    {
        var assessment = new Assessment
        {
            Partnership = new Partnership { Name = "Oxford" },
            Period = new AssessmentPeriod { Start = "2024-01", End = "2024-12" },
            Trends = [new TrendFact { Category = "burglary", Area = "Oxford", Count = 5, PreviousCount = 5, Change = 0, ChangePct = 0, RatePer1000 = 1.5, Source = "t" }],
            Concern = [new ConcernFact { Category = "burglary", Level = 3, Share = 0, Source = "t" }],
        };

        var facts = FactConverter.Convert(assessment, []).Select(f => f.Record).ToList();

        Assert.Equal((0.0, 1.5), (Single(facts, "trend")["changePct"], Single(facts, "trend")["ratePer1000"]));
        Assert.Equal((3L, 0.0), (Single(facts, "concern")["level"], Single(facts, "concern")["share"]));
    }

    private static FactRecord Single(List<FactRecord> facts, string type) => Assert.Single(facts, f => f.Type.Name == type);
}
