using Priorities.Engine.Facts;

namespace Priorities.Engine.Tests.Properties;

/// <summary>The fact types of generated scenarios: A and B are input types, C is derived by rules.</summary>
internal static class ScenarioTypes
{
    public static readonly FactType A = FactType.Define("A", [new("k", FieldType.Integer), new("v", FieldType.Integer), new("s", FieldType.String)]);
    public static readonly FactType B = FactType.Define("B", [new("k", FieldType.Integer), new("v", FieldType.Integer)]);
    public static readonly FactType C = FactType.Define("C", [new("k", FieldType.Integer), new("v", FieldType.Integer)]);

    public static FactType ByName(string name) => name switch { "A" => A, "B" => B, _ => C };

    public static long K(FactRecord? r) => (long)r!["k"]!;

    public static long V(FactRecord? r) => (long)r!["v"]!;

    public static string S(FactRecord? r) => r!.Type == A ? (string)r["s"]! : string.Empty;

    public static FactRecord Make(FactType type, long k, long v, string s = "p") =>
        type == A
            ? type.Create(new Dictionary<string, object?> { ["k"] = k, ["v"] = v, ["s"] = s })
            : type.Create(new Dictionary<string, object?> { ["k"] = k, ["v"] = v });
}
