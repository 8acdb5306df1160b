namespace Priorities.Diagnostics;

/// <summary>A place in a source file: one-based line and column.</summary>
/// <param name="File">The file path as given by the user.</param>
/// <param name="Line">One-based line.</param>
/// <param name="Column">One-based column.</param>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location for problems with a whole file.</summary>
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <summary>The location <paramref name="columns"/> further along the same line.</summary>
    public SourceLocation Offset(int lines, int columns) => lines == 0 ? this with { Column = Column + columns } : this with { Line = Line + lines, Column = columns + 1 };

    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}";
}
