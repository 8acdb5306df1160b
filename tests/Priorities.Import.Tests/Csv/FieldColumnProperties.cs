using System.Text;
using CsvHelper;
using FsCheck;
using FsCheck.Xunit;
using Priorities.Import.Csv;

namespace Priorities.Import.Tests.Csv;

public sealed class FieldColumnProperties
{
    private const string Alphabet = "ab é€,\"\n";

    /// <summary>
    /// For well-formed records of awkward fields (quotes, commas, line breaks, multi-byte text), the column of each
    /// field is where its text starts on the record's line, counted in characters, and 0 after a line break; the
    /// scan of the raw record finds the same field starts and no quoting problem; with LF or CRLF line ends.
    /// </summary>
    [Property(MaxTest = 200)]
    public void FieldColumnAndScan_WellFormedRecord_Meets_Specification(int[] codes, bool quoteAll, bool crlf)
    {
        var fields = Fields(codes ?? []);
        var encoded = fields.Select(f => Encode(f, quoteAll)).ToList();
        var record = string.Join(',', encoded);
        var starts = encoded.Select((_, i) => encoded.Take(i).Sum(e => e.Length + 1)).ToList();
        var header = string.Join(',', fields.Select((_, i) => $"c{i}"));
        var end = crlf ? "\r\n" : "\n";
        using var reader = CsvReader.FromText($"{header}{end}{record}{end}", CsvOptions.Strict());

        Assert.True(reader.Read());
        for (var i = 0; i < fields.Count; i++)
        {
            var prefix = record[..starts[i]];
            Assert.Equal(prefix.Contains('\n', StringComparison.Ordinal) ? 0 : starts[i] + 1, FieldColumn.Of(reader, i));
        }
        var scan = CsvRecordScan.Of(record, ',');
        Assert.Equal(starts, scan.Starts);
        Assert.Equal(-1, scan.Problem);
    }

    /// <summary>A quote put into an unquoted field is found where it is, as CsvHelper reports the record.</summary>
    [Property(MaxTest = 100)]
    public void Scan_StrayQuote_Meets_Specification(PositiveInt field, PositiveInt at)
    {
        var fields = Enumerable.Range(0, 6).Select(i => $"value{i}").ToList();
        var f = field.Get % fields.Count;
        var position = at.Get % (fields[f].Length - 1) + 1;
        fields[f] = fields[f].Insert(position, "\"");
        var record = string.Join(',', fields);

        var scan = CsvRecordScan.Of(record, ',');

        Assert.Equal((record.IndexOf('"', StringComparison.Ordinal), CsvMalformedReason.StrayQuote), (scan.Problem, scan.Kind));
        Assert.Equal(scan.Problem + 1, scan.ColumnOf(scan.Problem));
    }

    private static List<string> Fields(int[] codes)
    {
        var fields = new List<string> { "id", string.Empty };
        foreach (var code in codes.Take(60))
        {
            if ((code & 7) == 7) fields.Add(string.Empty);
            else fields[^1] += Alphabet[(int)((uint)code % (uint)Alphabet.Length)];
        }
        return fields;
    }

    private static string Encode(string field, bool quoteAll) =>
        quoteAll || field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
