namespace Priorities.Import;

/// <summary>Expands the inputs of an import (files and folders) into the list of files to read.</summary>
internal static class InputFiles
{
    /// <summary>
    /// Files named directly are read whatever their name; folders are searched recursively for <c>*.csv</c> and
    /// <c>*.csv.gz</c>. The result keeps the order of the inputs, each folder's files sorted by ordinal path, and
    /// lists each file once.
    /// </summary>
    public static IReadOnlyList<string> Expand(IReadOnlyList<string> inputs)
    {
        if (inputs.Count == 0) throw ImportException.At(ImportCodes.NoInput, null, 0, "No input: name at least one file or folder.");
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            foreach (var file in ExpandOne(input))
            {
                if (seen.Add(Path.GetFullPath(file))) files.Add(file);
            }
        }
        return files;
    }

    private static List<string> ExpandOne(string input)
    {
        if (File.Exists(input)) return [input];
        if (!Directory.Exists(input)) throw ImportException.At(ImportCodes.NotFound, input, 0, "no such file or folder.");
        var found = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
            .Where(IsCsvName)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (found.Count == 0) throw ImportException.At(ImportCodes.NoCsvFiles, input, 0, "the folder holds no .csv or .csv.gz files.");
        return found;
    }

    private static bool IsCsvName(string path) =>
        path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase);
}
