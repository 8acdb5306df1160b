using System.Globalization;
using System.Text.Json;
using Priorities.Assessments;
using Priorities.Import;

namespace Priorities.Host.Cli;

/// <summary>Reads an assessment file, JSON or YAML (told by its first character), for <c>--into</c>.</summary>
internal static class AssessmentFile
{
    public static async Task<Assessment> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        var json = text.TrimStart().StartsWith('{');
        try
        {
            return json ? AssessmentSerializer.FromJson(text) : AssessmentSerializer.FromYaml(text);
        }
        catch (JsonException e)
        {
            throw new ImportException(path, json ? (e.LineNumber ?? -1) + 1 : YamlLine(e.Message), $"not a valid assessment: {e.Message}");
        }
    }

    /// <summary>The line of a YAML problem, which the message starts with as <c>line:column:</c>; 0 when it names none.</summary>
    private static long YamlLine(string message)
    {
        var colon = message.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && long.TryParse(message.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var line) ? line : 0;
    }
}
