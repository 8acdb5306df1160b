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

    [Theory]
    [InlineData("seed-001-oxfordshire-csa.yaml", "seed-001-oxfordshire-2017.yaml")]
    [InlineData("seed-003-south-and-vale.yaml", "seed-003-south-and-vale-2017.yaml")]
    public void ToJson_SeedSample_ValidatesAgainstResultSchema(string ruleSet, string sample)
    {
        var rules = RuleSetLoader.Load(SchemaFiles.Rules(ruleSet)).RuleSet!;
        var result = rules.Evaluate(AssessmentSerializer.FromYaml(File.ReadAllText(Path.Combine(Repository.Root, "samples", sample))));

        var json = PlanResultSerializer.ToJson(result);

        Assert.Empty(SchemaFiles.JsonErrors(SchemaFiles.Result, json));
        Assert.Equal(ruleSet.StartsWith("seed-001", StringComparison.Ordinal), json.Contains("\"target\": {", StringComparison.Ordinal));
        Assert.DoesNotContain("\"baseline\"", json, StringComparison.Ordinal);
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
