using Priorities.Assessments;
using Priorities.Engine.Diagnostics;

namespace Priorities.Import;

/// <summary>The outcome of a successful import: the assessment and the warnings met on the way.</summary>
public sealed record ImportResult
{
    /// <summary>The assessment built from the input, with its data-quality notes.</summary>
    public required Assessment Assessment { get; init; }

    /// <summary>Warnings that did not stop the import, in the order of the files.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The number of files read.</summary>
    public int FilesRead { get; init; }

    /// <summary>The number of data rows read (headers and title lines not counted).</summary>
    public long RowsRead { get; init; }
}
