using Priorities.Engine.Facts;

namespace Priorities.RuleSets.Compilation;

/// <summary>
/// The built-in fact types every rule set reads (rules/README.md, Facts). Immutable, shared by every compiled rule set.
/// The fields that are optional in the assessment are nullable: unknown when absent, never read as 0.
/// </summary>
internal static class AssessmentFactTypes
{
    public const string AssessmentName = "assessment";
    public const string PriorityName = "priority";

    public static FactType Assessment { get; } = Define(AssessmentName,
        ("partnership", FieldType.String), ("code", FieldType.String), ("areas", FieldType.StringList), ("period", FieldType.String),
        ("previousPeriod", FieldType.String), ("pccPriorities", FieldType.StringList), ("previousPlan", FieldType.StringList));

    public static FactType Priority { get; } = Define(PriorityName, ["since"],
        ("id", FieldType.String), ("title", FieldType.String), ("theme", FieldType.String), ("covers", FieldType.StringList),
        ("legalBasis", FieldType.String), ("continuing", FieldType.Boolean), ("pcc", FieldType.Boolean),
        ("returning", FieldType.Boolean), ("since", FieldType.Integer), ("yearsAdopted", FieldType.Integer));

    public static FactType Trend { get; } = Define("trend", ["changePct", "ratePer1000"],
        ("category", FieldType.String), ("categoryName", FieldType.String), ("area", FieldType.String), ("count", FieldType.Integer), ("previous", FieldType.Integer),
        ("change", FieldType.Integer), ("changePct", FieldType.Number), ("ratePer1000", FieldType.Number), ("smallNumbers", FieldType.Boolean),
        ("recordingChange", FieldType.Boolean), ("source", FieldType.String), ("sensitive", FieldType.Boolean),
        ("period", FieldType.String), ("previousPeriod", FieldType.String), ("months", FieldType.Integer),
        ("annualCount", FieldType.Number), ("comparison", FieldType.String), ("yearOnYear", FieldType.Boolean),
        ("geography", FieldType.String));

    public static FactType Volume { get; } = Define("volume", ["ratePer1000"],
        ("category", FieldType.String), ("categoryName", FieldType.String), ("area", FieldType.String), ("count", FieldType.Integer), ("period", FieldType.String),
        ("source", FieldType.String), ("sensitive", FieldType.Boolean),
        ("months", FieldType.Integer), ("annualCount", FieldType.Number), ("ratePer1000", FieldType.Number),
        ("geography", FieldType.String));

    public static FactType Comparison { get; } = Define("comparison",
        ["rate", "nationalRate", "ratio", "percentile", "partnerships", "neighbourRank", "neighbourCount"],
        ("category", FieldType.String), ("categoryName", FieldType.String), ("area", FieldType.String), ("rate", FieldType.Number),
        ("nationalRate", FieldType.Number), ("ratio", FieldType.Number), ("percentile", FieldType.Number),
        ("partnerships", FieldType.Integer), ("neighbourRank", FieldType.Integer), ("neighbourCount", FieldType.Integer),
        ("neighbourPlace", FieldType.String), ("period", FieldType.String), ("source", FieldType.String),
        ("sensitive", FieldType.Boolean));

    public static FactType Harm { get; } = Define("harm",
        ("category", FieldType.String), ("categoryName", FieldType.String), ("weight", FieldType.Number), ("unit", FieldType.String), ("source", FieldType.String),
        ("date", FieldType.String), ("sensitive", FieldType.Boolean));

    public static FactType Concern { get; } = Define("concern", ["level", "share"],
        ("category", FieldType.String), ("categoryName", FieldType.String), ("level", FieldType.Integer), ("share", FieldType.Number), ("source", FieldType.String),
        ("date", FieldType.String), ("sensitive", FieldType.Boolean),
        ("geography", FieldType.String));

    public static FactType Vulnerability { get; } = Define("vulnerability",
        ("indicator", FieldType.String), ("category", FieldType.String), ("categoryName", FieldType.String), ("area", FieldType.String), ("value", FieldType.Number),
        ("source", FieldType.String), ("sensitive", FieldType.Boolean));

    public static FactType Duty { get; } = Define("duty",
        ("id", FieldType.String), ("appliesTo", FieldType.StringList), ("everywhere", FieldType.Boolean), ("source", FieldType.String),
        ("sensitive", FieldType.Boolean));

    public static FactType Quality { get; } = Define("quality", ["count"],
        ("kind", FieldType.String), ("category", FieldType.String), ("area", FieldType.String), ("from", FieldType.String),
        ("count", FieldType.Integer), ("message", FieldType.String));

    /// <summary>
    /// One per measure of the catalogue, with its baseline and latest actual (each unknown when not given) and the share of
    /// its target period passed (rules/README.md, The measure fact).
    /// </summary>
    public static FactType Measure { get; } = Define("measure", ["baseline", "changePct", "actual"],
        ("id", FieldType.String), ("priority", FieldType.String), ("title", FieldType.String), ("unit", FieldType.String),
        ("direction", FieldType.String), ("sign", FieldType.Integer), ("baseline", FieldType.Number),
        ("baselinePeriod", FieldType.String), ("target", FieldType.Number), ("changePct", FieldType.Number),
        ("targetBy", FieldType.String), ("actual", FieldType.Number), ("actualPeriod", FieldType.String),
        ("source", FieldType.String), ("elapsed", FieldType.Number), ("over", FieldType.Boolean));

    /// <summary>Every built-in type, in the order of the Facts table.</summary>
    public static IReadOnlyList<FactType> All { get; } =
        [Assessment, Priority, Trend, Volume, Harm, Concern, Vulnerability, Duty, Quality, Comparison, Measure];

    public static bool IsBuiltIn(string name) => All.Any(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    private static FactType Define(string name, params (string Name, FieldType Type)[] fields) => Define(name, [], fields);

    private static FactType Define(string name, string[] nullable, params (string Name, FieldType Type)[] fields) =>
        FactType.Define(name, fields.Select(f => new KeyValuePair<string, FieldType>(f.Name, f.Type)), nullable);
}
