namespace Priorities.Host.Cli;

/// <summary>A command-line mistake found after parsing (such as an output folder that does not exist): exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
