using System.Net;
using System.Text.Json;

namespace Priorities.Host.Tests.Http;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> checked against real answers of the same server.</summary>
public sealed class OpenApiDocumentTests
{
    [Theory]
    [InlineData("/v1/rulesets/validate", "ruleset: broken\nversion: 1\n", "application/yaml")]
    [InlineData("/v1/proposals", "{\n  \"partnership\": {\"name\": \"X\"},\n  \"period\": [", "application/json")]
    public async Task OpenApi_400Answer_DocumentsEveryFieldOfARealOneWithItsDiagnostics(string path, string body, string mediaType)
    {
        await using var api = await TestApi.StartAsync();
        var document = await RuleSetEndpointsTests.GetJsonAsync(api, "/openapi/v1.json");
        using var response = await api.Client.PostAsync(path, TestApi.Body(body, mediaType));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);

        var schema = Resolve(document, document.GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("responses")
            .GetProperty("400").GetProperty("content").GetProperty("application/problem+json").GetProperty("schema"));
        AssertDocuments(schema, problem);
        var diagnostics = schema.GetProperty("properties").GetProperty("diagnostics");
        Assert.Equal(["array"], Types(diagnostics));
        var item = Resolve(document, diagnostics.GetProperty("items"));
        var real = problem.GetProperty("diagnostics").EnumerateArray().ToArray();
        Assert.NotEmpty(real);
        foreach (var diagnostic in real) AssertDocuments(item, diagnostic);
        Assert.Equal(["code", "column", "file", "line", "message", "severity", "text"], Names(item).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OpenApi_EveryIntegerOrNumber_IsTypedWithoutString()
    {
        await using var api = await TestApi.StartAsync();
        var document = await RuleSetEndpointsTests.GetJsonAsync(api, "/openapi/v1.json");
        var numeric = 0;
        foreach (var (name, schema) in AllSchemas(document))
        {
            var types = Types(schema);
            if (!types.Contains("integer") && !types.Contains("number")) continue;
            numeric++;
            Assert.True(!types.Contains("string") && !schema.TryGetProperty("pattern", out _), $"{name} is typed [{string.Join(", ", types)}]");
        }
        Assert.True(numeric > 20, $"only {numeric} numeric schemas found");
        var line = Resolve(document, Ref("DiagnosticJson")).GetProperty("properties").GetProperty("line");
        Assert.Equal(["integer"], Types(line));
    }

    [Fact]
    public async Task OpenApi_ReportFormat_ListsExactlyTheFormatsTheEndpointAccepts()
    {
        await using var api = await TestApi.StartAsync();
        var document = await RuleSetEndpointsTests.GetJsonAsync(api, "/openapi/v1.json");
        var parameter = document.GetProperty("paths").GetProperty("/v1/reports").GetProperty("post").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == "format");
        var listed = parameter.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToArray();

        Assert.Equal(["markdown", "html", "docx"], listed);
        Assert.Equal("markdown", parameter.GetProperty("schema").GetProperty("default").GetString());
        using var unlisted = await api.Client.PostAsync("/v1/reports?format=pdf", TestApi.Body(File.ReadAllText(TestApi.OxfordSample), "application/yaml"));
        var problem = await ProblemAssert.IsProblemAsync(unlisted, HttpStatusCode.BadRequest);
        Assert.Contains(string.Join(", ", listed[..^1]) + " or " + listed[^1], problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Every property of <paramref name="real"/> is documented, with a type its value has.</summary>
    private static void AssertDocuments(JsonElement schema, JsonElement real)
    {
        var properties = schema.GetProperty("properties");
        foreach (var field in real.EnumerateObject())
        {
            Assert.True(properties.TryGetProperty(field.Name, out var documented), $"'{field.Name}' of a real answer is not documented");
            var kind = field.Value.ValueKind switch
            {
                JsonValueKind.String => "string",
                JsonValueKind.Number => field.Value.TryGetInt64(out _) ? "integer" : "number",
                JsonValueKind.Array => "array",
                JsonValueKind.Object => "object",
                _ => field.Value.ValueKind.ToString().ToLowerInvariant(),
            };
            Assert.True(Types(documented).Contains(kind), $"'{field.Name}' is {kind} in a real answer, documented as [{string.Join(", ", Types(documented))}]");
        }
    }

    private static JsonElement Ref(string name) => JsonDocument.Parse($$"""{"$ref": "#/components/schemas/{{name}}"}""").RootElement;

    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..])
            : schema;

    private static string[] Types(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray()
        : [type.GetString()!];

    private static IEnumerable<string> Names(JsonElement schema) => schema.GetProperty("properties").EnumerateObject().Select(p => p.Name);

    /// <summary>Every schema of the document's components and operations, nested ones too, with where it is.</summary>
    private static IEnumerable<(string Name, JsonElement Schema)> AllSchemas(JsonElement node, string at = "")
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray()) foreach (var found in AllSchemas(item, $"{at}[{i++}]")) yield return found;
            yield break;
        }
        if (node.ValueKind != JsonValueKind.Object) yield break;
        if (node.TryGetProperty("type", out var type) && type.ValueKind is JsonValueKind.String or JsonValueKind.Array) yield return (at, node);
        foreach (var property in node.EnumerateObject())
            foreach (var found in AllSchemas(property.Value, $"{at}/{property.Name}")) yield return found;
    }
}
