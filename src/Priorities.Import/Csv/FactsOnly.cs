using System.Globalization;
using CsvHelper;
using Priorities.Assessments;
using Priorities.Import;

namespace Priorities.Import.Csv;

/// <summary>Helpers of the importers of facts that make a partial assessment (harm, concern), meant to be merged into another.</summary>
internal static class FactsOnly
{
    /// <summary>An assessment that only carries facts: no partnership or period of its own.</summary>
    public static Assessment Assessment() => new()
    {
        Partnership = new Partnership { Name = "(facts only)" },
        Period = new AssessmentPeriod { Start = "0001-01", End = "0001-01", Label = "facts only: merge them into an assessment (AssessmentMerge.Merge)" },
    };

    /// <summary>The index of the first of the named columns in the header, or an error naming them all.</summary>
    public static int Column(CsvReader reader, IReadOnlyList<string> names, string path)
    {
        foreach (var name in names)
        {
            if (reader.TryGetFieldIndex(name, out var index)) return index;
        }
        if (reader.Headers.Count == 0) throw ImportException.At(ImportCodes.EmptyFile, path, 1, "the file is empty.");
        throw ImportException.At(ImportCodes.MissingColumn, path, 1, $"no {string.Join(" or ", names.Select(n => $"'{n}'"))} column in the header (found: {ImportText.Printable(string.Join(",", reader.Headers))}).");
    }

    /// <summary>A field as a finite number, or an error naming the line.</summary>
    public static double Number(CsvReader reader, int index, string path)
    {
        var text = reader.GetString(index).Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
        throw ImportException.At(ImportCodes.NotANumber, path, reader.LineNumber, $"column '{reader.Headers[index]}': '{ImportText.Printable(text)}' is not a number.", FieldColumn.Of(reader, index));
    }
}
