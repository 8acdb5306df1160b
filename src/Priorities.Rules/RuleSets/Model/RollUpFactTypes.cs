using Priorities.Engine.Facts;

namespace Priorities.RuleSets.Model;

/// <summary>
/// The fact types a roll-up rule set (<c>kind: rollup</c>) reads besides the built-in ones: the districts' plans
/// (rules/README.md, Roll-up rule sets). Other rule sets may not read them (PR2110) nor declare types of their names.
/// </summary>
internal static class RollUpFactTypes
{
    public static FactType District { get; } = Define("district",
        ("name", FieldType.String), ("code", FieldType.String), ("period", FieldType.String), ("selected", FieldType.Integer));

    public static FactType DistrictPriority { get; } = Define("district_priority",
        ("district", FieldType.String), ("code", FieldType.String), ("id", FieldType.String), ("title", FieldType.String),
        ("theme", FieldType.String), ("aim", FieldType.String), ("rank", FieldType.Integer), ("score", FieldType.Number),
        ("mandatory", FieldType.Boolean), ("status", FieldType.String));

    public static FactType SharedPriority { get; } = Define("shared_priority",
        ("id", FieldType.String), ("title", FieldType.String), ("aim", FieldType.String), ("districts", FieldType.StringList),
        ("count", FieldType.Integer), ("bestRank", FieldType.Integer));

    public static FactType PccPriority { get; } = Define("pcc_priority",
        ("id", FieldType.String), ("districts", FieldType.StringList));

    /// <summary>Every roll-up type, in the order of the README's table.</summary>
    public static IReadOnlyList<FactType> All { get; } = [District, DistrictPriority, SharedPriority, PccPriority];

    public static bool IsRollUp(string name) => All.Any(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    private static FactType Define(string name, params (string Name, FieldType Type)[] fields) =>
        FactType.Define(name, fields.Select(f => new KeyValuePair<string, FieldType>(f.Name, f.Type)), []);
}
