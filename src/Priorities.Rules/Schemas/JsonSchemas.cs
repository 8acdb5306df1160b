namespace Priorities.Schemas;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the rule language's files, as shipped in <c>rules/schemas/</c>: editors that
/// understand yaml-language-server use them for completion and checking. <see cref="Result"/> describes the plan
/// result's JSON, the contract of <c>propose --format json</c> and the HTTP API.
/// </summary>
public static class JsonSchemas
{
    private static readonly Lazy<string> RuleSetText = new(() => Read("ruleset.schema.json"));
    private static readonly Lazy<string> AssessmentText = new(() => Read("assessment.schema.json"));
    private static readonly Lazy<string> RuleSetTestsText = new(() => Read("ruleset-tests.schema.json"));
    private static readonly Lazy<string> ResultText = new(() => Read("result.schema.json"));
    private static readonly Lazy<string> SensitivityText = new(() => Read("sensitivity.schema.json"));
    private static readonly Lazy<string> DiffText = new(() => Read("diff.schema.json"));
    private static readonly Lazy<string> LintText = new(() => Read("lint.schema.json"));
    private static readonly Lazy<string> CoverageText = new(() => Read("coverage.schema.json"));

    /// <summary>The schema of a rule set file (<c>rules/*.yaml</c>).</summary>
    public static string RuleSet => RuleSetText.Value;

    /// <summary>The schema of an assessment (JSON, or YAML with the same keys).</summary>
    public static string Assessment => AssessmentText.Value;

    /// <summary>The schema of a rule-set test file (<c>rules/tests/*.yaml</c>).</summary>
    public static string RuleSetTests => RuleSetTestsText.Value;

    /// <summary>The schema of a plan result's JSON (<c>Priorities.Results.PlanResultSerializer</c>).</summary>
    public static string Result => ResultText.Value;

    /// <summary>
    /// The schema of a weight sensitivity analysis's JSON (<c>Priorities.Sensitivity.SensitivityResultSerializer</c>).
    /// </summary>
    public static string Sensitivity => SensitivityText.Value;
    /// <summary>The schema of a plan diff's JSON (<c>Priorities.Diffs.PlanDiffSerializer</c>).</summary>
    public static string Diff => DiffText.Value;
    /// <summary>The schema of <c>priorities lint --format json</c>.</summary>
    public static string Lint => LintText.Value;

    /// <summary>The schema of <c>priorities test --coverage --format json</c>.</summary>
    public static string Coverage => CoverageText.Value;

    private static string Read(string name)
    {
        using var stream = typeof(JsonSchemas).Assembly.GetManifestResourceStream("Priorities.Schemas." + name)
            ?? throw new InvalidOperationException($"The schema resource {name} is missing from {typeof(JsonSchemas).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
