namespace Priorities.Benchmarks.Plans;

/// <summary>Finds the repository (the folder holding Priorities.sln) above the benchmark's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Priorities.sln"))) return folder.FullName;
        }
        throw new DirectoryNotFoundException("The benchmarks must run from inside the repository (no Priorities.sln above " + AppContext.BaseDirectory + ").");
    }
}
