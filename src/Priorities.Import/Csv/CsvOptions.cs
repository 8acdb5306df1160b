using System.Text;
using CsvHelper;
using Priorities.Import;

namespace Priorities.Import.Csv;

/// <summary>The CsvHelper reader options of the importers.</summary>
internal static class CsvOptions
{
    private const int BufferSize = 1 << 17;

    /// <summary>
    /// The longest record read (1 MiB; a data.police.uk row is about 200 bytes, an ONS table row a few KB). A file with
    /// no line break, such as a gzip bomb of zeros, stops here as malformed instead of filling memory.
    /// </summary>
    public const int MaxRecordBytes = 1 << 20;

    /// <summary>Comma-separated with a header; malformed quoting and ragged rows are errors; lines are counted for messages.</summary>
    public static CsvReaderOptions Strict(Encoding? encoding = null) => new()
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        DetectSeparatorHint = false,
        BufferSize = BufferSize,
        MaxRecordSize = MaxRecordBytes,
        Encoding = encoding,
    };

    /// <summary>A published table: no header row (title lines come first), rows of any length.</summary>
    public static CsvReaderOptions Table() => new()
    {
        Separator = ',',
        HasHeader = false,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        DetectSeparatorHint = false,
        BufferSize = BufferSize,
        MaxRecordSize = MaxRecordBytes,
    };
}
