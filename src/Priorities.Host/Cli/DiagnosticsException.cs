namespace Priorities.Host.Cli;

/// <summary>Bad input found after parsing (invalid rules or assessment): each line to stderr, exit code 1.</summary>
internal sealed class DiagnosticsException : Exception
{
    public DiagnosticsException()
    {
        Lines = [];
    }

    public DiagnosticsException(string message)
        : base(message)
    {
        Lines = [message];
    }

    public DiagnosticsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Lines = [message];
    }

    public DiagnosticsException(IReadOnlyList<string> lines)
        : base(lines.Count > 0 ? lines[0] : "invalid input")
    {
        Lines = lines;
    }

    /// <summary>The lines to print, such as <c>file:line:col: error CODE: message</c>.</summary>
    public IReadOnlyList<string> Lines { get; }
}
