using System.CommandLine;
using System.Text;
using Priorities.Assessments;

namespace Priorities.Host.Cli;

/// <summary>Where and how a command writes its assessment: a file replaced atomically, or standard output.</summary>
internal sealed record AssessmentOutput(string? Path, bool Json)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static AssessmentOutput From(ParseResult parse, Option<string?> @out, Option<string?> format, string? fallbackPath = null)
    {
        var path = parse.GetValue(@out) ?? fallbackPath;
        var json = parse.GetValue(format) is { } chosen
            ? chosen == "json"
            : path?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) == true;
        return new AssessmentOutput(path, json);
    }

    /// <summary>
    /// Writes the assessment. A file is written to a temporary file beside it and then moved over it, so a failure
    /// never leaves partial output behind.
    /// </summary>
    public async Task WriteAsync(Assessment assessment, TextWriter standardOutput, CancellationToken cancellationToken)
    {
        var text = Json ? AssessmentSerializer.ToJson(assessment) : AssessmentSerializer.ToYaml(assessment);
        if (Path is null)
        {
            await standardOutput.WriteAsync(text).ConfigureAwait(false);
            await standardOutput.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        var full = System.IO.Path.GetFullPath(Path);
        var folder = System.IO.Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) throw new UsageException($"--out '{Path}': the folder does not exist.");
        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllTextAsync(temporary, text, Utf8, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
