using System.Text.Json;
using Json.Schema;
using Priorities.Schemas;

namespace Priorities.Rules.Tests.Schemas;

/// <summary>The shipped schemas, built once each, and the shipped files each one checks.</summary>
internal static class SchemaFiles
{
    private static readonly Lazy<JsonSchema> RuleSetSchema = new(() => Build(JsonSchemas.RuleSet, "ruleset"));
    private static readonly Lazy<JsonSchema> AssessmentSchema = new(() => Build(JsonSchemas.Assessment, "assessment"));
    private static readonly Lazy<JsonSchema> TestsSchema = new(() => Build(JsonSchemas.RuleSetTests, "ruleset-tests"));
    private static readonly Lazy<JsonSchema> ResultSchema = new(() => Build(JsonSchemas.Result, "result"));

    public static JsonSchema RuleSet => RuleSetSchema.Value;

    public static JsonSchema Assessment => AssessmentSchema.Value;

    public static JsonSchema Tests => TestsSchema.Value;

    public static JsonSchema Result => ResultSchema.Value;

    public static string Rules(params string[] parts) => Path.Combine([Repository.Root, "rules", .. parts]);

    public static IEnumerable<string> Yaml(string folder) =>
        Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal);

    /// <summary>Every shipped file and the schema that checks it: rules/*.yaml, rules/tests/*.yaml and samples/*.yaml.</summary>
    public static TheoryData<string, string> Shipped()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Yaml(Rules())) data.Add("ruleset", Relative(file));
        foreach (var file in Yaml(Rules("tests"))) data.Add("tests", Relative(file));
        foreach (var file in Yaml(Path.Combine(Repository.Root, "samples"))) data.Add("assessment", Relative(file));
        return data;
    }

    public static JsonSchema For(string kind) => kind switch
    {
        "ruleset" => RuleSet,
        "tests" => Tests,
        _ => Assessment,
    };

    /// <summary>Evaluates YAML text (typed per the YAML core schema) against a schema; the errors, one line each.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, string yaml) =>
        JsonErrors(schema, YamlCoreJson.Convert(yaml)?.ToJsonString() ?? "null");

    /// <summary>Evaluates JSON text against a schema; the errors, one line each.</summary>
    public static IReadOnlyList<string> JsonErrors(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid")
            .ToArray();
    }

    private static string Relative(string file) => Path.GetRelativePath(Repository.Root, file).Replace('\\', '/');

    private static JsonSchema Build(string text, string name) =>
        JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri($"https://priorities.test/schemas/{name}.schema.json"));
}
