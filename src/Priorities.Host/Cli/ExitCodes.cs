namespace Priorities.Host.Cli;

/// <summary>The exit codes of the <c>priorities</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>
    /// The input data is bad (the error names the file and line), or the rules cannot evaluate it (derive rules that
    /// never settle); no output was written.
    /// </summary>
    public const int BadData = 1;

    /// <summary>The command line is wrong: an unknown command or option, a missing or malformed value.</summary>
    public const int Usage = 2;
}
