using System.CommandLine;
using Priorities.Import;

namespace Priorities.Host.Cli;

/// <summary>Finishes an import command: warnings to stderr, the assessment to its output, a summary when it went to a file.</summary>
internal static class ImportOutcome
{
    public static async Task<int> WriteAsync(ParseResult parse, ImportResult result, AssessmentOutput output, CancellationToken cancellationToken, string? into = null)
    {
        if (into is not null)
        {
            var target = await AssessmentFile.ReadAsync(into, cancellationToken).ConfigureAwait(false);
            result = result with { Assessment = AssessmentMerge.Merge(target, result.Assessment) };
        }
        var configuration = parse.InvocationConfiguration;
        foreach (var warning in result.Diagnostics) await configuration.Error.WriteLineAsync(warning.ToString()).ConfigureAwait(false);
        await output.WriteAsync(result.Assessment, configuration.Output, cancellationToken).ConfigureAwait(false);
        if (output.Path is not null)
        {
            var a = result.Assessment;
            var facts = a.Trends.Count + a.Volumes.Count + a.Harm.Count + a.Concern.Count;
            var summary = $"wrote {output.Path}: {Numbers.Count(facts, "fact", "facts")}, "
                + $"{Numbers.Count(a.DataQuality.Count, "data-quality note", "data-quality notes")}, "
                + $"from {Numbers.Count(result.RowsRead, "row", "rows")} in {Numbers.Count(result.FilesRead, "file", "files")}.";
            await configuration.Output.WriteLineAsync(summary).ConfigureAwait(false);
        }
        return ExitCodes.Success;
    }
}
