using Priorities.Engine.Diagnostics;
using Priorities.Import;

namespace Priorities.Import.Csv;

/// <summary>Expands the inputs of an import (files and folders) into the list of files to read.</summary>
internal static class InputFiles
{
    private static readonly string[] OtherPoliceUkKinds = ["-outcomes", "-stop-and-search"];

    /// <summary>
    /// Files named directly are read whatever their name; folders are searched recursively for <c>*.csv</c> and
    /// <c>*.csv.gz</c>, leaving out the other files of a data.police.uk download (<c>…-outcomes.csv</c>,
    /// <c>…-stop-and-search.csv</c>) with a warning per folder, each such file warned about once however many of
    /// the inputs hold it (a folder and its parent, say). The result keeps the order of the inputs, each
    /// folder's files sorted by ordinal path, and lists each file once.
    /// </summary>
    public static IReadOnlyList<string> Expand(IReadOnlyList<string> inputs, ICollection<Diagnostic>? warnings = null)
    {
        if (inputs.Count == 0) throw ImportException.At(ImportCodes.NoInput, null, 0, "No input: name at least one file or folder.");
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var warned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            foreach (var file in ExpandOne(input, warnings, warned))
            {
                if (seen.Add(Path.GetFullPath(file))) files.Add(file);
            }
        }
        return files;
    }

    private static List<string> ExpandOne(string input, ICollection<Diagnostic>? warnings, HashSet<string> warned)
    {
        if (File.Exists(input)) return [input];
        if (!Directory.Exists(input)) throw ImportException.At(ImportCodes.NotFound, input, 0, "no such file or folder.");
        var found = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
            .Where(IsCsvName)
            .Order(StringComparer.Ordinal)
            .ToList();
        var others = found.Where(IsOtherPoliceUkFile).ToList();
        found.RemoveAll(IsOtherPoliceUkFile);
        if (found.Count == 0)
        {
            var also = others.Count == 0 ? string.Empty : $" (only {Files(others.Count)} of outcomes or stop and search)";
            throw ImportException.At(ImportCodes.NoCsvFiles, input, 0, $"the folder holds no .csv or .csv.gz files of street-level crime{also}.");
        }
        var fresh = others.Where(o => warned.Add(Path.GetFullPath(o))).ToList();
        if (fresh.Count > 0) warnings?.Add(SkippedWarning(input, fresh));
        return found;
    }

    private static Diagnostic SkippedWarning(string folder, List<string> others)
    {
        var example = Path.GetFileName(others[0]);
        return ImportDiagnostics.Warning(ImportCodes.OtherPoliceUkFiles, folder, 0, 0,
            $"left out {Files(others.Count)} of data.police.uk outcomes or stop and search (e.g. {example}): not street-level crime; name a file directly to read it anyway.");
    }

    private static string Files(int count) => ImportText.Count(count, "file", "files");

    private static bool IsCsvName(string path) =>
        path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase);

    private static bool IsOtherPoliceUkFile(string path)
    {
        var name = Path.GetFileName(path);
        var stem = name[..name.LastIndexOf(".csv", StringComparison.OrdinalIgnoreCase)];
        return OtherPoliceUkKinds.Any(kind => stem.EndsWith(kind, StringComparison.OrdinalIgnoreCase));
    }
}
