using Priorities.Assessments;
using Priorities.Engine.Diagnostics;
using Priorities.Evaluation;
using Priorities.RuleSets.Model;
using static Priorities.Rules.Tests.Evaluation.PlanFixtures;

namespace Priorities.Rules.Tests.Evaluation;

public sealed class OutOfRangeValuesTests
{
    private static readonly SourceLocation ScoreAt = new("rules.yaml", 12, 24);

    private static RuleSpec RuleScoring(string dimension) =>
        Rule("rule-p", "p") with
        {
            Then = new RuleConsequence("p", At, false, [new ScoreSpec(dimension, At, SourceText.Plain("t.count", ScoreAt))], null, []),
        };

    private static (DimensionScore Score, List<DataQualityNote> Notes) Score(DimensionDefinition dimension, double raw)
    {
        var notes = new List<DataQualityNote>();
        var rule = RuleScoring(dimension.Id);
        return (DimensionScorer.Score(dimension, [Hit("p", 1, (dimension.Id, raw))], _ => rule, notes), notes);
    }

    [Fact]
    public void Score_RawOutsideLookup_IsPR5010AtTheScoreExpression()
    {
        var impact = Dimension("impact", lookup: [new LookupEntry(1, 1, At), new LookupEntry(4, 4, At)]);

        var error = Assert.Throws<RuleSetEvaluationException>(() => Score(impact, 5));

        Assert.Equal(("PR5010", ScoreAt), (error.Diagnostic!.Code, error.Diagnostic.Location));
        Assert.Contains("raw value 5, outside every entry of its lookup (1, 4)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_RawOutsideBandsBoundedAtBothEnds_IsPR5011()
    {
        var grid = Dimension("impact", bands: [Band(1, 3, 1), Band(3, 5, 2)]);

        var error = Assert.Throws<RuleSetEvaluationException>(() => Score(grid, 5));

        Assert.Equal("PR5011", error.Diagnostic!.Code);
        Assert.Contains("outside every band (from 1 to below 5)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_RawBelowBandsOpenAbove_WarnsAndScoresNothing()
    {
        var trend = Dimension("trend", bands: [Band(-100, 0, 1), Band(0, null, 5)]) with { Missing = null };

        var (score, notes) = Score(trend, -150);

        Assert.False(score.Known);
        Assert.Null(score.Raw);
        var note = Assert.Single(notes);
        Assert.Equal(OutOfRangeValues.Kind, note.Kind);
        Assert.Contains("PR5012 at rules.yaml:12:24", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_RawInsideBands_NoWarning()
    {
        var (score, notes) = Score(Dimension("trend", bands: [Band(-100, 0, 1), Band(0, null, 5)]), -50);

        Assert.Equal(1, score.Score);
        Assert.Empty(notes);
    }

    [Fact]
    public void Build_RawBelowOpenBands_WarningInTheResultsDataQuality()
    {
        var document = Document([Priority("p")], [Dimension("trend", bands: [Band(-100, 0, 1), Band(0, null, 5)])]);

        var result = Build(document, Outcome(Hit("p", 1, ("trend", -150))));

        Assert.Contains(result.DataQuality, n => n.Kind == OutOfRangeValues.Kind && n.Message.Contains("-150", StringComparison.Ordinal));
    }
}
