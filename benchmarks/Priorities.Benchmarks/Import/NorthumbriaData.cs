using Priorities.Benchmarks.Plans;

namespace Priorities.Benchmarks.Import;

/// <summary>
/// The Northumbria street-level files of ../shared/data (34 months, 538,885 rows) and the force's six partnership
/// areas, shared by the import benchmarks. The data folder is ../shared/data beside the repository, or the folder
/// named by the PRIORITIES_SHARED_DATA environment variable.
/// </summary>
internal static class NorthumbriaData
{
    /// <summary>The six partnership areas of Northumbria, as LSOA names spell them.</summary>
    public static IReadOnlyList<string> Areas { get; } =
        ["Newcastle upon Tyne", "Sunderland", "Northumberland", "Gateshead", "North Tyneside", "South Tyneside"];

    /// <summary>The current window of the import: March 2022 to February 2023 (the previous one is a year earlier).</summary>
    public const string CurrentWindow = "2022-03..2023-02";

    /// <summary>The folder of the monthly <c>.csv.gz</c> files.</summary>
    public static string Folder() => Path.Combine(SharedData(), "police-uk-northumbria");

    /// <summary>The first <paramref name="months"/> monthly files, in month order.</summary>
    public static string[] Files(int months)
    {
        var folder = Folder();
        var files = Directory.GetFiles(folder, "*.csv.gz").Order(StringComparer.Ordinal).Take(months).ToArray();
        if (files.Length != months) throw new InvalidOperationException($"{folder} holds {files.Length} monthly files, not {months}.");
        return files;
    }

    internal static string SharedData()
    {
        if (Environment.GetEnvironmentVariable("PRIORITIES_SHARED_DATA") is { Length: > 0 } configured) return configured;
        var shared = Path.GetFullPath(Path.Combine(RepositoryRoot.Find(), "..", "shared", "data"));
        return Directory.Exists(shared)
            ? shared
            : throw new DirectoryNotFoundException($"No {shared} beside the repository; set PRIORITIES_SHARED_DATA to the data folder.");
    }
}
