using Json.Schema;
using Priorities.Assessments;
using Priorities.RuleSets;
using Priorities.Schemas;
using Priorities.Sensitivity;

namespace Priorities.Rules.Tests.Schemas;

/// <summary>rules/schemas/sensitivity.schema.json describes what SensitivityResultSerializer writes.</summary>
public sealed class SensitivitySchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(JsonSchemas.Sensitivity,
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri("https://priorities.test/schemas/sensitivity.schema.json")));

    private static string Json(string ruleSet)
    {
        var rules = RuleSetLoader.Load(SchemaFiles.Rules(ruleSet)).RuleSet!;
        var assessment = AssessmentSerializer.FromYaml(File.ReadAllText(Path.Combine(Repository.Root, "samples", "oxford-city-2024.yaml")));
        return SensitivityResultSerializer.ToJson(SensitivityAnalyzer.Analyze(rules, assessment, new SensitivityOptions { Samples = 100 }));
    }

    [Theory]
    [InlineData("oxford.yaml")]
    [InlineData("matrix.yaml")]
    [InlineData("morile.yaml")]
    public void ToJson_OxfordSample_ValidatesAgainstSensitivitySchema(string ruleSet)
    {
        var errors = SchemaFiles.JsonErrors(Schema.Value, Json(ruleSet));

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("\"verdict\": \"stable\"", "\"verdict\": \"shaky\"")]
    [InlineData("\"flip\": null", "\"flip\": 3")]
    [InlineData("\"selectedProbability\": 1", "\"selectedProbability\": 1.5")]
    [InlineData("\"tau\": {", "\"kendall\": {")]
    public void SensitivitySchema_WrongResult_Fails(string find, string replace)
    {
        var json = Json("oxford.yaml");
        Assert.Contains(find, json, StringComparison.Ordinal);

        Assert.NotEmpty(SchemaFiles.JsonErrors(Schema.Value, json.Replace(find, replace, StringComparison.Ordinal)));
    }

    [Fact]
    public void JsonSchemas_Sensitivity_EqualsShippedFile()
    {
        var file = File.ReadAllText(Path.Combine(Repository.Root, "rules", "schemas", "sensitivity.schema.json"));

        Assert.Equal(file.ReplaceLineEndings("\n"), JsonSchemas.Sensitivity);
    }
}
