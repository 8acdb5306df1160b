using System.Text.Json;
using Priorities.Assessments;
using Priorities.Results;
using Priorities.RollUps;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.Schemas;

/// <summary>Plans with aims, and the batch of plans with its county agreement, follow the result schema.</summary>
public sealed class RollUpResultSchemaTests
{
    private static PlanBatchResult Batch()
    {
        var district = RuleSetLoader.Load(SchemaFiles.Rules("oxfordshire-district.yaml")).RuleSet!;
        var rollUp = RuleSetLoader.Load(SchemaFiles.Rules("oxfordshire-rollup.yaml")).RuleSet!;
        var assessment = AssessmentSerializer.FromYaml(File.ReadAllText(Path.Combine(Repository.Root, "samples", "oxford-city-2024.yaml")));
        var plans = district.EvaluateAll([assessment, assessment]);
        var agreement = RollUpEvaluator.Evaluate(rollUp, plans.Select(p => new DistrictPlan(assessment, p)).ToArray());
        return new PlanBatchResult { Plans = plans, Agreement = agreement };
    }

    [Fact]
    public void ToJson_BatchWithAims_EachPlanAndTheAgreementValidate()
    {
        var json = PlanBatchSerializer.ToJson(Batch());
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal(["plans", "agreement"], root.EnumerateObject().Select(p => p.Name));
        foreach (var plan in root.GetProperty("plans").EnumerateArray().Append(root.GetProperty("agreement")))
        {
            Assert.Empty(SchemaFiles.JsonErrors(SchemaFiles.Result, plan.GetRawText()));
            Assert.Equal(3, plan.GetProperty("aims").GetArrayLength());
            var discretionary = plan.GetProperty("priorities").EnumerateArray().Where(p => !p.GetProperty("mandatory").GetBoolean());
            Assert.All(discretionary, p => Assert.True(p.TryGetProperty("aim", out _), p.GetProperty("id").GetString()));
        }
    }

    [Fact]
    public void FromJson_Batch_RoundTrips()
    {
        var json = PlanBatchSerializer.ToJson(Batch());

        Assert.Equal(json, PlanBatchSerializer.ToJson(PlanBatchSerializer.FromJson(json)));
    }

    [Fact]
    public void ResultSchema_UnknownAimField_Fails()
    {
        var json = PlanResultSerializer.ToJson(Batch().Plans[0]);
        Assert.Contains("\"aim\": \"communities\"", json, StringComparison.Ordinal);

        Assert.NotEmpty(SchemaFiles.JsonErrors(SchemaFiles.Result, json.Replace("\"aims\": [", "\"aimz\": [", StringComparison.Ordinal)));
    }
}
