using System.Reflection;

namespace Priorities.Architecture.Tests;

/// <summary>The assemblies we ship, lowest layer first, loaded by name from the test's output folder.</summary>
internal static class ProductAssemblies
{
    public const string Engine = "Priorities.Engine";
    public const string Rules = "Priorities.Rules";
    public const string Import = "Priorities.Import";
    public const string Reports = "Priorities.Reports";
    public const string Host = "priorities";

    /// <summary>Each assembly and the product assemblies it may reference (Engine ← Rules ← {Import, Reports} ← Host).</summary>
    public static IReadOnlyDictionary<string, string[]> Allowed { get; } = new Dictionary<string, string[]>
    {
        [Engine] = [],
        [Rules] = [Engine],
        [Import] = [Engine, Rules],
        [Reports] = [Engine, Rules],
        [Host] = [Engine, Rules, Import, Reports],
    };

    public static IEnumerable<string> Names => Allowed.Keys;

    public static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));

    /// <summary>Whether a referenced assembly is one of ours.</summary>
    public static bool IsOurs(string name) => Allowed.ContainsKey(name);
}
