using System.Text;
using CsvHelper;
using Priorities.Import;

namespace Priorities.Import.Csv;

/// <summary>
/// Where a field of the current record starts on its line, for messages: worked out from the record's raw bytes only
/// when an error or warning is raised, so reading costs nothing more. The importers' separator is one byte (a comma).
/// </summary>
internal static class FieldColumn
{
    /// <summary>
    /// The 1-based character column of field <paramref name="index"/> (its first raw character, an opening quote
    /// included), or 0 when it cannot be told for sure: no such field, or a line break before it inside quotes.
    /// </summary>
    public static int Of(CsvReader reader, int index)
    {
        if (index < 0 || index >= reader.FieldCount) return 0;
        var raw = reader.RawRecord;
        var offset = 0;
        for (var i = 0; i < index; i++) offset += reader.GetRawSpan(i).Length + 1;
        var field = reader.GetRawSpan(index);
        if (offset + field.Length > raw.Length || !raw.Slice(offset, field.Length).SequenceEqual(field)) return 0;
        return After(raw[..offset]);
    }

    /// <summary>The column that follows <paramref name="prefix"/> (the start of a line), or 0 when it spans lines.</summary>
    public static int After(ReadOnlySpan<byte> prefix) =>
        prefix.IndexOfAny((byte)'\r', (byte)'\n') >= 0 ? 0 : Encoding.UTF8.GetCharCount(prefix) + 1;
}
