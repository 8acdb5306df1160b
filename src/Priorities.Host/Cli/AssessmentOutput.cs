using System.CommandLine;
using Priorities.Assessments;

namespace Priorities.Host.Cli;

/// <summary>Where and how a command writes its assessment: a file replaced atomically, or standard output.</summary>
internal sealed record AssessmentOutput(string? Path, bool Json)
{
    public static AssessmentOutput From(ParseResult parse, Option<string?> @out, Option<string?> format, string? fallbackPath = null)
    {
        var path = parse.GetValue(@out) ?? fallbackPath;
        var json = parse.GetValue(format) is { } chosen
            ? chosen == "json"
            : path?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) == true;
        return new AssessmentOutput(path, json);
    }

    /// <summary>Writes the assessment to standard output or, by <see cref="TextOutput"/>, to a file.</summary>
    public Task WriteAsync(Assessment assessment, TextWriter standardOutput, CancellationToken cancellationToken)
    {
        var text = Json ? AssessmentSerializer.ToJson(assessment) : AssessmentSerializer.ToYaml(assessment);
        return TextOutput.WriteAsync(Path, text, standardOutput, cancellationToken);
    }
}
