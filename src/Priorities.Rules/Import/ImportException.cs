namespace Priorities.Import;

/// <summary>
/// Thrown when input data cannot be imported. It carries every problem found (one per file at most, since a file is
/// abandoned at its first problem), each naming its file and line; no assessment is produced.
/// </summary>
public sealed class ImportException : Exception
{
    /// <summary>Creates an exception with a single problem that has no place.</summary>
    public ImportException()
        : this([new ImportError(null, 0, "The import failed.")])
    {
    }

    /// <summary>Creates an exception with a single problem that has no place.</summary>
    /// <param name="message">What is wrong.</param>
    public ImportException(string message)
        : this([new ImportError(null, 0, message)])
    {
    }

    /// <summary>Creates an exception with a single problem that has no place, caused by another exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ImportError(null, 0, message)];
    }

    /// <summary>Creates an exception for the problems found.</summary>
    /// <param name="errors">The problems, in the order of the files; at least one.</param>
    public ImportException(IReadOnlyList<ImportError> errors)
        : base(string.Join(Environment.NewLine, errors ?? throw new ArgumentNullException(nameof(errors))))
    {
        if (errors.Count == 0) throw new ArgumentException("At least one error is needed.", nameof(errors));
        Errors = errors;
    }

    /// <summary>Creates an exception for one problem at a place.</summary>
    /// <param name="file">The file.</param>
    /// <param name="line">The 1-based line, or 0.</param>
    /// <param name="message">What is wrong.</param>
    public ImportException(string? file, long line, string message)
        : this([new ImportError(file, line, message)])
    {
    }

    /// <summary>Every problem found, in the order of the files.</summary>
    public IReadOnlyList<ImportError> Errors { get; }
}
