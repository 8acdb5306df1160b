using Priorities.Assessments;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.Schemas;

public sealed class ResultSchemaTests
{
    private static PlanResult Oxford(string ruleSet)
    {
        var rules = RuleSetLoader.Load(SchemaFiles.Rules(ruleSet)).RuleSet!;
        var assessment = AssessmentSerializer.FromYaml(File.ReadAllText(Path.Combine(Repository.Root, "samples", "oxford-city-2024.yaml")));
        return rules.Evaluate(assessment);
    }

    [Theory]
    [InlineData("oxford.yaml")]
    [InlineData("matrix.yaml")]
    [InlineData("morile.yaml")]
    public void ToJson_OxfordSample_ValidatesAgainstResultSchema(string ruleSet)
    {
        var result = Oxford(ruleSet);

        var errors = SchemaFiles.JsonErrors(SchemaFiles.Result, PlanResultSerializer.ToJson(result));

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.NotEmpty(result.EvidenceGaps);
    }

    [Fact]
    public void ToJson_PublicView_ValidatesAgainstResultSchema()
    {
        var view = PublicView.Of(Oxford("oxford.yaml"));

        Assert.Empty(SchemaFiles.JsonErrors(SchemaFiles.Result, PlanResultSerializer.ToJson(view.Result)));
    }

    [Theory]
    [InlineData("\"coverage\": 0.818", "\"coverage\": 1.5", "coverage above 1")]
    [InlineData("\"evidence\": \"known\"", "\"evidence\": \"perhaps\"", "unknown evidence state")]
    [InlineData("\"evidenceGaps\": [", "\"gaps\": [", "renamed field")]
    public void ResultSchema_WrongResult_Fails(string find, string replace, string why)
    {
        var json = PlanResultSerializer.ToJson(Oxford("oxford.yaml"));
        Assert.Contains(find, json, StringComparison.Ordinal);

        Assert.True(SchemaFiles.JsonErrors(SchemaFiles.Result, json.Replace(find, replace, StringComparison.Ordinal)).Count > 0, why);
    }
}
