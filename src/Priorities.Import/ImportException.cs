using Priorities.Engine.Diagnostics;

namespace Priorities.Import;

/// <summary>
/// Thrown when input data cannot be imported. It carries every problem found (one per file at most, since a file is
/// abandoned at its first problem), each with its code, file, line and (where known) column; no assessment is produced.
/// </summary>
public sealed class ImportException : Exception
{
    /// <summary>Creates an exception with a single problem that has no place (code PR4000).</summary>
    public ImportException()
        : this("The import failed.")
    {
    }

    /// <summary>Creates an exception with a single problem that has no place (code PR4000).</summary>
    /// <param name="message">What is wrong.</param>
    public ImportException(string message)
        : this([ImportDiagnostics.Error(ImportCodes.Failed, null, 0, 0, message)])
    {
    }

    /// <summary>Creates an exception with a single problem that has no place (code PR4000), caused by another exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [ImportDiagnostics.Error(ImportCodes.Failed, null, 0, 0, message)];
    }

    /// <summary>Creates an exception for one problem.</summary>
    /// <param name="error">The problem.</param>
    public ImportException(Diagnostic error)
        : this([error ?? throw new ArgumentNullException(nameof(error))])
    {
    }

    /// <summary>Creates an exception for the problems found.</summary>
    /// <param name="errors">The problems, in the order of the files; at least one.</param>
    public ImportException(IReadOnlyList<Diagnostic> errors)
        : base(string.Join(Environment.NewLine, errors ?? throw new ArgumentNullException(nameof(errors))))
    {
        if (errors.Count == 0) throw new ArgumentException("At least one error is needed.", nameof(errors));
        Errors = errors;
    }

    /// <summary>Every problem found, in the order of the files.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; }

    /// <summary>An exception for one problem at a place.</summary>
    internal static ImportException At(string code, string? file, long line, string message, int column = 0) =>
        new(ImportDiagnostics.Error(code, file, line, column, message));
}
