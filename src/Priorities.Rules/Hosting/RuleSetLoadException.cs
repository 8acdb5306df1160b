using Priorities.Engine.Diagnostics;

namespace Priorities.Hosting;

/// <summary>The configured rule set could not be loaded at start-up; <see cref="Diagnostics"/> says why, with file, line and column.</summary>
public sealed class RuleSetLoadException : Exception
{
    /// <summary>Creates the exception with no diagnostics.</summary>
    public RuleSetLoadException()
        : this("The rule set could not be loaded.")
    {
    }

    /// <summary>Creates the exception with a message and no diagnostics.</summary>
    /// <param name="message">What went wrong.</param>
    public RuleSetLoadException(string message)
        : base(message) => Diagnostics = [];

    /// <summary>Creates the exception with a message, a cause and no diagnostics.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RuleSetLoadException(string message, Exception innerException)
        : base(message, innerException) => Diagnostics = [];

    /// <summary>Creates the exception from the load's diagnostics; the message lists them, one a line.</summary>
    /// <param name="diagnostics">Every error and warning of the load.</param>
    public RuleSetLoadException(IReadOnlyList<Diagnostic> diagnostics)
        : base(Describe(diagnostics)) => Diagnostics = diagnostics;

    /// <summary>Every error and warning of the failed load.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string Describe(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return "The rule set could not be loaded:\n" + string.Join("\n", diagnostics);
    }
}
