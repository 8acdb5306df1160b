using Priorities.Assessments;
using Priorities.Assessments.Reading;

namespace Priorities.Host.Cli;

/// <summary>Reads an assessment file, JSON or YAML, for <c>--into</c>: every problem at once, each with its line and column.</summary>
internal static class AssessmentFile
{
    /// <exception cref="DiagnosticsException">The file is not a valid assessment (its diagnostics, one per line).</exception>
    public static async Task<Assessment> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        var loaded = AssessmentReader.ReadText(path, text);
        return loaded.Assessment ?? throw new DiagnosticsException(RuleSetInputs.Lines(loaded.Diagnostics));
    }
}
