using System.Text;

namespace Priorities.Host.Cli;

/// <summary>A plain-text table for a terminal: columns padded to their widest cell, numbers right-aligned.</summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _rightAligned;
    private readonly int[] _maxWidths;
    private readonly List<string[]> _rows = [];

    /// <summary>A table whose columns are the headers; a header starting with '>' is right-aligned (the '>' is dropped).</summary>
    public TextTable(params string[] headers)
    {
        _rightAligned = headers.Select(h => h.StartsWith('>')).ToArray();
        _headers = headers.Select(h => h.TrimStart('>')).ToArray();
        _maxWidths = headers.Select(_ => int.MaxValue).ToArray();
    }

    /// <summary>Cells of a column longer than <paramref name="width"/> are cut, ending with '…'.</summary>
    public TextTable Limit(int column, int width)
    {
        _maxWidths[column] = Math.Max(width, 2);
        return this;
    }

    public TextTable Add(params string[] cells)
    {
        if (cells.Length != _headers.Length) throw new ArgumentException($"expected {_headers.Length} cells, got {cells.Length}", nameof(cells));
        _rows.Add(cells.Select((cell, i) => Cut(cell, _maxWidths[i])).ToArray());
        return this;
    }

    /// <summary>The table, each line indented by <paramref name="indent"/>, without trailing spaces, each ending in '\n'.</summary>
    public string Render(string indent = "")
    {
        var widths = _headers.Select((h, i) => _rows.Select(r => r[i].Length).Prepend(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        AppendLine(text, indent, _headers, widths);
        foreach (var row in _rows) AppendLine(text, indent, row, widths);
        return text.ToString();
    }

    private void AppendLine(StringBuilder text, string indent, string[] cells, int[] widths)
    {
        var line = new StringBuilder(indent);
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) line.Append("  ");
            line.Append(_rightAligned[i] ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }
        text.Append(line.ToString().TrimEnd()).Append('\n');
    }

    private static string Cut(string cell, int width) => cell.Length <= width ? cell : string.Concat(cell.AsSpan(0, width - 1), "…");
}
