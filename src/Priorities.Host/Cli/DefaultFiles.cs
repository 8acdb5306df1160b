namespace Priorities.Host.Cli;

/// <summary>
/// The rule set and assessment used when a command is given none: the shipped files copied next to the executable,
/// so they are found however the tool is started (<c>dotnet run</c>, the built executable, a test's output folder).
/// </summary>
internal static class DefaultFiles
{
    /// <summary>The shipped default rule set: the Oxford partnership's themes.</summary>
    public static string RuleSet => Beside("rules", "oxford.yaml");

    /// <summary>The shipped rule sets' folder, whose <c>tests/</c> the <c>test</c> command runs by default.</summary>
    public static string RulesFolder => Beside("rules");

    /// <summary>The shipped sample assessment: Oxford City, 2024.</summary>
    public static string Assessment => Beside("samples", "oxford-city-2024.yaml");

    /// <summary>The default file, or a usage error saying how to name one when it is not installed.</summary>
    public static string Require(string path, string option) =>
        File.Exists(path) ? path : throw new UsageException($"the default {option} file '{path}' is missing from this installation; name one with {option}.");

    private static string Beside(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);
}
