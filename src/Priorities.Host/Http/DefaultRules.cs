namespace Priorities.Host.Http;

/// <summary>Finds the shipped default rule set, <c>rules/oxford.yaml</c>: beside the executable, else in the repository the tool was built from.</summary>
internal static class DefaultRules
{
    public const string RelativePath = "rules/oxford.yaml";

    public static string? Find() => Find(AppContext.BaseDirectory, Directory.GetCurrentDirectory());

    public static string? Find(params string[] starts)
    {
        foreach (var start in starts)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "rules", "oxford.yaml");
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
