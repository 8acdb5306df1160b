using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Priorities.Serialization;

namespace Priorities.Adoption;

/// <summary>
/// Writes a <see cref="DecisionRecord"/> as canonical JSON and reads it back. Canonical: UTF-8 without a byte-order
/// mark, object keys in ordinal order at every level, no whitespace between tokens and no final line break, absent
/// (null) fields left out, numbers in their shortest round-trip form, and every character outside printable ASCII
/// (and <c>"</c>, <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, <c>'</c>, <c>+</c>, <c>`</c>) escaped as <c>\uXXXX</c>
/// with upper-case hex, a backslash as <c>\\</c>. The same record always gives the same bytes.
/// </summary>
public static class DecisionRecordSerializer
{
    private static readonly JsonSerializerOptions Options = HouseJson.Create(JsonNumberHandling.Strict);

    /// <summary>The record's canonical JSON bytes.</summary>
    /// <param name="record">The decision record.</param>
    /// <returns>UTF-8 bytes, byte-identical for equal records.</returns>
    public static byte[] ToCanonicalJson(DecisionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return CanonicalJson.Bytes(JsonSerializer.SerializeToNode(record, Options));
    }

    /// <summary>SHA-256 (lowercase hex) of the record's canonical bytes.</summary>
    /// <param name="record">The decision record.</param>
    /// <returns>64 hex digits.</returns>
    public static string Sha256(DecisionRecord record) => Convert.ToHexStringLower(SHA256.HashData(ToCanonicalJson(record)));

    /// <summary>Reads a decision record (canonical or not).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The record.</returns>
    /// <exception cref="JsonException">The text is not a decision record of <see cref="DecisionRecord.CurrentFormat"/>.</exception>
    public static DecisionRecord FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var record = JsonSerializer.Deserialize<DecisionRecord>(json, Options) ?? throw new JsonException("The decision record is null.");
        if (!string.Equals(record.Format, DecisionRecord.CurrentFormat, StringComparison.Ordinal))
            throw new JsonException($"The format is '{record.Format}', not '{DecisionRecord.CurrentFormat}'.");
        return record;
    }

    /// <summary>The text of canonical bytes, for writers that take strings.</summary>
    /// <param name="canonical">Bytes from <see cref="ToCanonicalJson"/>.</param>
    /// <returns>The JSON text.</returns>
    public static string Text(byte[] canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        return Encoding.UTF8.GetString(canonical);
    }
}
