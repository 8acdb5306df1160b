using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Priorities.Import;

namespace Priorities.Import.PoliceUk;

/// <summary>
/// A crime id as a 256-bit value: the 64 hex digits of a data.police.uk id read as they are, any other id hashed
/// with SHA-256. Equal ids give equal keys, so duplicates are found without keeping a string per row.
/// </summary>
internal readonly record struct CrimeKey(ulong A, ulong B, ulong C, ulong D)
{
    public static CrimeKey From(ReadOnlySpan<byte> id)
    {
        if (id.Length == 64 && TryHex(id[..16], out var a) && TryHex(id[16..32], out var b)
            && TryHex(id[32..48], out var c) && TryHex(id[48..], out var d))
            return new CrimeKey(a, b, c, d);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(id, hash);
        return new CrimeKey(
            BinaryPrimitives.ReadUInt64LittleEndian(hash),
            BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(hash[16..]),
            BinaryPrimitives.ReadUInt64LittleEndian(hash[24..]) ^ 1UL);
    }

    public bool Equals(CrimeKey other) => A == other.A && B == other.B && C == other.C && D == other.D;

    public override int GetHashCode() => (int)A ^ (int)(A >> 32) ^ (int)D;

    private static bool TryHex(ReadOnlySpan<byte> digits, out ulong value) =>
        ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
}
