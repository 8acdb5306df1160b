using Priorities.Shipped;

namespace Priorities.RuleSets;

/// <summary>
/// The rule sets shipped inside this package (the repository's <c>rules/*.yaml</c>): usable without a checkout, by
/// name, with their includes (<c>oxford</c> includes <c>statutory-duties</c>) resolved from the package too.
/// </summary>
public static class ShippedRuleSets
{
    /// <summary>The default rule set: the Oxford Safer Communities Partnership's themes plus the statutory duties.</summary>
    public const string DefaultName = "oxford";

    /// <summary>The names of the shipped rule sets, sorted: <c>aims-base</c>, <c>matrix</c>, <c>morile</c>, <c>oxford</c>, …, <c>three-aims</c>.</summary>
    public static IReadOnlyList<string> Names => ShippedFiles.Names(ShippedFiles.Rules);

    /// <summary>Whether <paramref name="name"/> names a shipped rule set.</summary>
    /// <param name="name">A name (<c>oxford</c>), file name (<c>oxford.yaml</c>) or shipped path (<c>(shipped)/rules/oxford.yaml</c>).</param>
    public static bool Contains(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ShippedFiles.Find(ShippedFiles.Rules, name) is not null;
    }

    /// <summary>
    /// The shipped path of a rule set, such as <c>(shipped)/rules/oxford.yaml</c>: it names the shipped set even where a
    /// file or folder is called like it (no file on disk has such a path).
    /// </summary>
    /// <param name="name">A name (<c>oxford</c>), file name (<c>oxford.yaml</c>) or shipped path.</param>
    /// <exception cref="ArgumentException">No rule set of that name is shipped.</exception>
    public static string PathOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ShippedFiles.Find(ShippedFiles.Rules, name)
            ?? throw new ArgumentException($"No rule set '{name}' is shipped; the shipped ones are {string.Join(", ", Names)}.", nameof(name));
    }

    /// <summary>
    /// Loads a shipped rule set. Diagnostics and <see cref="RuleSetLoadResult.Root"/> name its files by shipped path,
    /// such as <c>(shipped)/rules/oxford.yaml</c>; its hash is the same as that of the files in the repository.
    /// </summary>
    /// <param name="name">A name (<c>oxford</c>), file name (<c>oxford.yaml</c>) or shipped path.</param>
    /// <exception cref="ArgumentException">No rule set of that name is shipped.</exception>
    public static RuleSetLoadResult Load(string name)
    {
        var path = PathOf(name);
        return RuleSetLoader.LoadShipped(path, ShippedFiles.ReadFound(path));
    }
}
