using Priorities.Assessments;

namespace Priorities.Host.Cli;

/// <summary>
/// Resolves <c>--assessment A B C…</c>: files, shipped sample names, and folders (their own <c>*.yaml</c>, <c>*.yml</c>
/// and <c>*.json</c> files, in ordinal name order), in the order given; the shipped default sample when none.
/// </summary>
internal static class AssessmentInputs
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    /// <summary>The assessment files and sample names, folders expanded; one null (the default sample) when none.</summary>
    public static IReadOnlyList<string?> Paths(IReadOnlyList<string>? given)
    {
        if (given is not { Count: > 0 }) return [null];
        var paths = new List<string?>();
        foreach (var path in given)
        {
            if (!Directory.Exists(path))
            {
                paths.Add(path);
                continue;
            }
            var files = Directory.EnumerateFiles(path)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToArray();
            if (files.Length == 0) throw new UsageException($"--assessment {path}: no assessment files (*.yaml, *.yml, *.json) there.");
            paths.AddRange(files);
        }
        return paths;
    }

    /// <summary>
    /// Reads every assessment; warnings go to <paramref name="error"/> prefixed by nothing (they name their file).
    /// </summary>
    /// <exception cref="DiagnosticsException">Any is invalid: the diagnostics of all of them, in input order.</exception>
    public static async Task<IReadOnlyList<Assessment>> ReadAllAsync(IReadOnlyList<string?> paths, TextWriter error)
    {
        // Read on every core, kept in input order: reading the YAML costs more than evaluating it.
        var loaded = paths.AsParallel().AsOrdered().Select(ShippedInputs.ReadAssessment).ToArray();
        var errors = loaded.Where(l => l.Assessment is null).SelectMany(l => RuleSetInputs.Lines(l.Diagnostics)).ToArray();
        if (errors.Length > 0) throw new DiagnosticsException(errors);
        foreach (var warning in loaded.SelectMany(l => l.Diagnostics))
            await error.WriteLineAsync(warning.ToString()).ConfigureAwait(false);
        return loaded.Select(l => l.Assessment!).ToArray();
    }
}
