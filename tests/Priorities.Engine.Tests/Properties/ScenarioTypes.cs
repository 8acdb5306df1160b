using Priorities.Engine.Facts;

namespace Priorities.Engine.Tests.Properties;

/// <summary>
/// The fact types of generated scenarios: A and B are input types, C is derived by rules. The int field <c>u</c> of
/// each type is nullable: it may be unknown.
/// </summary>
internal static class ScenarioTypes
{
    public static readonly FactType A = FactType.Define("A",
        [new("k", FieldType.Integer), new("v", FieldType.Integer), new("s", FieldType.String), new("u", FieldType.Integer)], ["u"]);

    public static readonly FactType B = FactType.Define("B", [new("k", FieldType.Integer), new("v", FieldType.Integer), new("u", FieldType.Integer)], ["u"]);
    public static readonly FactType C = FactType.Define("C", [new("k", FieldType.Integer), new("v", FieldType.Integer), new("u", FieldType.Integer)], ["u"]);

    public static FactType ByName(string name) => name switch { "A" => A, "B" => B, _ => C };

    public static long K(FactRecord? r) => (long)r!["k"]!;

    public static long V(FactRecord? r) => (long)r!["v"]!;

    public static string S(FactRecord? r) => r!.Type == A ? (string)r["s"]! : string.Empty;

    /// <summary>The value of <c>u</c>, null when unknown.</summary>
    public static long? U(FactRecord? r) => (long?)r!["u"];

    /// <summary>The value of <c>u</c> where a guard has proven it known; throws if the guard did not hold.</summary>
    public static long KnownU(FactRecord? r) => U(r) ?? throw new InvalidOperationException($"u of {r} read while unknown");

    public static FactRecord Make(FactType type, long k, long v, string s = "p", long? u = null) =>
        type == A
            ? type.Create(new Dictionary<string, object?> { ["k"] = k, ["v"] = v, ["s"] = s, ["u"] = u })
            : type.Create(new Dictionary<string, object?> { ["k"] = k, ["v"] = v, ["u"] = u });
}
