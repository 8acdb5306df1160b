namespace Priorities.Architecture.Tests;

/// <summary>Finds the checkout the tests run from: the folder holding Priorities.sln, walking up from the test assembly.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    public static string Root => RootFolder.Value;

    /// <summary>The files under <paramref name="folder"/> (relative to the root) matching <paramref name="pattern"/>,
    /// leaving out build output, as paths relative to the root with forward slashes, sorted.</summary>
    public static IReadOnlyList<string> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj" or ".git"))
            .Order(StringComparer.Ordinal).ToList();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Priorities.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No Priorities.sln above {AppContext.BaseDirectory}.");
    }
}
