using Priorities.Schemas;

namespace Priorities.Rules.Tests.Schemas;

public sealed class JsonSchemasTests
{
    public static TheoryData<string, string> ShippedFiles => SchemaFiles.Shipped();

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void ShippedFile_AgainstItsSchema_IsValid(string kind, string file)
    {
        var errors = SchemaFiles.Errors(SchemaFiles.For(kind), File.ReadAllText(Path.Combine(Repository.Root, file)));

        Assert.True(errors.Count == 0, $"{file}:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void ShippedFiles_CoverEveryRuleSetTestAndSample_AreListed()
    {
        var kinds = ShippedFiles.Select(row => (string)row[0]).ToArray();

        Assert.Equal(11, kinds.Count(k => k == "ruleset"));
        Assert.True(kinds.Count(k => k == "tests") >= 4);
        Assert.True(kinds.Count(k => k == "assessment") >= 7);
    }

    [Theory]
    [InlineData("ruleset.schema.json")]
    [InlineData("assessment.schema.json")]
    [InlineData("ruleset-tests.schema.json")]
    [InlineData("result.schema.json")]
    [InlineData("lint.schema.json")]
    [InlineData("coverage.schema.json")]
    public void JsonSchemas_EmbeddedText_EqualsShippedFile(string name)
    {
        var embedded = name switch
        {
            "ruleset.schema.json" => JsonSchemas.RuleSet,
            "assessment.schema.json" => JsonSchemas.Assessment,
            "result.schema.json" => JsonSchemas.Result,
            "lint.schema.json" => JsonSchemas.Lint,
            "coverage.schema.json" => JsonSchemas.Coverage,
            _ => JsonSchemas.RuleSetTests,
        };

        Assert.Equal(File.ReadAllText(SchemaFiles.Rules("schemas", name)).ReplaceLineEndings("\n"), embedded);
    }

    [Theory]
    [InlineData("ruleset: x\nversion: 1\nrules:\n  - id: r\n    when: [ { fact: trend } ]\n    then: { propose: p }\n", "because")]
    [InlineData("ruleset: x\nversion: 1\nscoring: { method: average, dimensions: { harm: { weight: 1 } } }\n", "method")]
    [InlineData("ruleset: x\nversion: 1\npriorities:\n  - { id: a, title: A, theme: T, cover: [burglary] }\n", "cover")]
    [InlineData("ruleset: x\nversion: 1\nscoring:\n  method: max\n  dimensions:\n    harm: { bands: [ { below: '10', score: 1 } ] }\n", "below as a string")]
    [InlineData("ruleset: 'bad id!'\nversion: 1\n", "id pattern")]
    public void RuleSetSchema_WrongDocument_Fails(string yaml, string why)
    {
        Assert.True(SchemaFiles.Errors(SchemaFiles.RuleSet, yaml).Count > 0, why);
    }

    [Theory]
    [InlineData("partnership: { name: X }\n", "no period")]
    [InlineData("partnership: { name: X }\nperiod: { start: \"2024-13\", end: \"2024-09\" }\n", "month 13")]
    [InlineData("partnership: { name: X }\nperiod: { start: \"2024-01\", end: \"2024-09\" }\ntrends: [ { category: burglary, area: A, count: '12', previousCount: 10, change: 2, source: s } ]\n", "quoted count")]
    [InlineData("partnership: { name: X }\nperiod: { start: \"2024-01\", end: \"2024-09\" }\nthreats: []\n", "unknown key")]
    public void AssessmentSchema_WrongDocument_Fails(string yaml, string why)
    {
        Assert.True(SchemaFiles.Errors(SchemaFiles.Assessment, yaml).Count > 0, why);
    }

    [Theory]
    [InlineData("ruleset: a.yaml\ntests: []\n", "no tests")]
    [InlineData("ruleset: a.yaml\ntests:\n  - { name: n, assessment: a.yaml, expect: { status: { prevent: old } } }\n", "status")]
    [InlineData("ruleset: a.yaml\ntests:\n  - { name: n, assessment: a.yaml, expect: { scores: { prevent: high } } }\n", "score")]
    [InlineData("ruleset: a.yaml\ntests:\n  - { name: n, assessment: 12, expect: { top: [a] } }\n", "assessment")]
    [InlineData("ruleset: a.yaml\ntests:\n  - { name: n, assessment: a.yaml, expect: { ranks: [a] } }\n", "unknown expectation")]
    public void TestsSchema_WrongDocument_Fails(string yaml, string why)
    {
        Assert.True(SchemaFiles.Errors(SchemaFiles.Tests, yaml).Count > 0, why);
    }
}
