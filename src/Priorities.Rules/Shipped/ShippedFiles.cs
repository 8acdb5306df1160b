using System.Reflection;

namespace Priorities.Shipped;

/// <summary>
/// The rule sets (<c>rules/*.yaml</c>) and sample assessments (<c>samples/*.yaml</c>) embedded in this assembly, so a
/// package consumer or an installed tool has them without a checkout. Each is named by a path under
/// <see cref="Root"/>, such as <c>(shipped)/rules/oxford.yaml</c>, which no file on disk has.
/// </summary>
internal static class ShippedFiles
{
    /// <summary>The folder every shipped file's path starts with.</summary>
    public const string Root = "(shipped)";

    /// <summary>The folder of the shipped rule sets.</summary>
    public const string Rules = "rules";

    /// <summary>The folder of the shipped sample assessments.</summary>
    public const string Samples = "samples";

    private const string ResourcePrefix = "shipped/";
    private const string Extension = ".yaml";
    private static readonly Assembly Assembly = typeof(ShippedFiles).Assembly;

    /// <summary>The names (file names without <c>.yaml</c>) of the files shipped in <paramref name="folder"/>, sorted.</summary>
    public static IReadOnlyList<string> Names(string folder)
    {
        var prefix = ResourcePrefix + folder + "/";
        return Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
            .Select(n => n[prefix.Length..^Extension.Length])
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// The path of the file of <paramref name="folder"/> that <paramref name="name"/> names — its name (<c>oxford</c>),
    /// file name (<c>oxford.yaml</c>) or path (<c>(shipped)/rules/oxford.yaml</c>) — or null when none is shipped.
    /// </summary>
    public static string? Find(string folder, string name)
    {
        var bare = name.StartsWith($"{Root}/{folder}/", StringComparison.Ordinal) ? name[(Root.Length + folder.Length + 2)..] : name;
        if (bare.EndsWith(Extension, StringComparison.Ordinal)) bare = bare[..^Extension.Length];
        return Names(folder).Contains(bare, StringComparer.Ordinal) ? $"{Root}/{folder}/{bare}{Extension}" : null;
    }

    /// <summary>The text of the shipped file at <paramref name="path"/>, or null when no file is shipped there.</summary>
    public static string? Read(string path)
    {
        if (!path.StartsWith(Root + "/", StringComparison.Ordinal)) return null;
        using var stream = Assembly.GetManifestResourceStream(ResourcePrefix + path[(Root.Length + 1)..]);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The text of a file that <see cref="Find"/> returned.</summary>
    public static string ReadFound(string path) =>
        Read(path) ?? throw new InvalidOperationException($"The shipped file '{path}' is listed but cannot be read.");
}
