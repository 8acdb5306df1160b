namespace Priorities.Host.Cli;

/// <summary>
/// The shipped rules folder copied next to the executable, whose <c>tests/</c> the <c>test</c> command runs by default.
/// (The default rule set and sample assessment of the other commands are read from inside the tool instead: see
/// <see cref="ShippedInputs"/>.)
/// </summary>
internal static class DefaultFiles
{
    /// <summary>The shipped rule sets' folder beside the executable.</summary>
    public static string RulesFolder => Path.Combine(AppContext.BaseDirectory, "rules");
}
