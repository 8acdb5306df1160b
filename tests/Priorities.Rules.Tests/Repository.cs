namespace Priorities.Rules.Tests;

/// <summary>Finds the checkout the tests run from: the folder holding Priorities.sln, walking up from the test assembly.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>The checkout's root folder.</summary>
    public static string Root => RootFolder.Value;

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Priorities.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No Priorities.sln above {AppContext.BaseDirectory}.");
    }
}
