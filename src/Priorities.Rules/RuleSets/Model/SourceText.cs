using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Model;

/// <summary>
/// An expression or template as written in a rule file, with a way back from a position inside the text to its line
/// and column in the file, so that the compiler can report a problem inside an expression at its exact place.
/// </summary>
internal sealed class SourceText
{
    private readonly Func<int, SourceLocation> _mapOffset;

    /// <param name="text">The text as the YAML scalar's value.</param>
    /// <param name="location">Where the scalar starts.</param>
    /// <param name="mapOffset">Maps a zero-based offset within <paramref name="text"/> to its place in the file.</param>
    public SourceText(string text, SourceLocation location, Func<int, SourceLocation> mapOffset)
    {
        Text = text;
        Location = location;
        _mapOffset = mapOffset;
    }

    public string Text { get; }

    public SourceLocation Location { get; }

    /// <summary>A text not read from a file (tests, generated rules): offsets map along the same line.</summary>
    public static SourceText Plain(string text, SourceLocation location) =>
        new(text, location, offset => location.Offset(0, offset));

    /// <summary>The place in the file of a zero-based offset within <see cref="Text"/>.</summary>
    public SourceLocation MapOffset(int offset) => _mapOffset(Math.Clamp(offset, 0, Text.Length));

    /// <summary>The place in the file of a one-based line and column within <see cref="Text"/> (lines end at <c>\n</c>).</summary>
    public SourceLocation Map(int line, int column)
    {
        var offset = 0;
        for (var l = 1; l < line; l++)
        {
            var next = Text.IndexOf('\n', offset);
            if (next < 0) break;
            offset = next + 1;
        }
        return MapOffset(offset + Math.Max(0, column - 1));
    }

    public override string ToString() => Text;
}
