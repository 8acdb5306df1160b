using System.Globalization;

namespace Priorities.Engine.Diagnostics;

/// <summary>A place in a source file: one-based line and column, each 0 when unknown.</summary>
/// <param name="File">The file path as given by the user; empty when the place is in no one file.</param>
/// <param name="Line">One-based line, or 0 when unknown (the problem is with the whole file).</param>
/// <param name="Column">One-based column, or 0 when unknown (the problem is with the whole line).</param>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>The place of a problem that is about no one file, such as a missing option.</summary>
    public static SourceLocation None { get; } = new(string.Empty, 0, 0);

    /// <summary>A location for problems with a whole file.</summary>
    /// <param name="file">The file path as given by the user.</param>
    /// <returns>Line 1, column 1 of the file.</returns>
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <summary>The location <paramref name="columns"/> further along the same line, or on a later line.</summary>
    /// <param name="lines">How many lines further.</param>
    /// <param name="columns">How many columns further (on the same line), or the zero-based column (on a later one).</param>
    /// <returns>The moved location.</returns>
    public SourceLocation Offset(int lines, int columns) =>
        lines == 0 ? this with { Column = Column + columns } : this with { Line = Line + lines, Column = columns + 1 };

    /// <summary><c>file:line:col</c>, leaving out the parts that are unknown (and empty when the file is).</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => (File.Length, Line, Column) switch
    {
        (0, _, _) => string.Empty,
        (_, <= 0, _) => File,
        (_, _, <= 0) => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}"),
    };
}
