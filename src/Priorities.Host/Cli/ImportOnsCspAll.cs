using System.CommandLine;
using Priorities.Import.Harm;
using Priorities.Import.Ons;

namespace Priorities.Host.Cli;

/// <summary><c>priorities import ons-csp --all</c>: one assessment per partnership, warnings to stderr, a summary line.</summary>
internal static class ImportOnsCspAll
{
    public static async Task<int> RunAsync(ParseResult parse, OnsCspNationalOptions options, string? harmFile, CancellationToken cancellationToken)
    {
        var configuration = parse.InvocationConfiguration;
        if (harmFile is not null)
        {
            var harm = await HarmImporter.ImportAsync(new HarmImportOptions { Input = harmFile }, cancellationToken).ConfigureAwait(false);
            foreach (var warning in harm.Diagnostics) await configuration.Error.WriteLineAsync(warning.ToString()).ConfigureAwait(false);
            options = options with { Shared = harm.Assessment };
        }
        var result = await OnsCspNationalImporter.ImportAsync(options, cancellationToken).ConfigureAwait(false);
        foreach (var warning in result.Diagnostics) await configuration.Error.WriteLineAsync(warning.ToString()).ConfigureAwait(false);
        var without = result.Written - result.WithPopulation;
        await configuration.Output.WriteLineAsync(
            $"wrote {Numbers.Count(result.Written, "assessment", "assessments")} to {options.OutputFolder}: "
            + $"{Numbers.Count(result.WithPopulation, "partnership", "partnerships")} with a population, rates and comparisons, "
            + $"{Numbers.Count(without, "partnership", "partnerships")} without (population unknown), "
            + $"from {Numbers.Count(result.RowsRead, "row", "rows")}.").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
