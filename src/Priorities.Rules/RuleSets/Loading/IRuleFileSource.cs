using System.Diagnostics.CodeAnalysis;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Loading;

/// <summary>
/// Where the include resolver finds rule files: the disk (<see cref="DiskRuleFiles"/>) or the rule sets shipped inside
/// the assembly (<see cref="EmbeddedRuleFiles"/>). It names files, reads them and says how diagnostics show them.
/// </summary>
internal interface IRuleFileSource
{
    /// <summary>The full name of <paramref name="path"/> as written in a file of <paramref name="folder"/> (empty: the root).</summary>
    string Resolve(string folder, string path);

    /// <summary>Reads a file by its full name; when it cannot, <paramref name="reason"/> says why ("does not exist").</summary>
    bool TryRead(string full, [NotNullWhen(true)] out string? text, out string reason);

    /// <summary>How a file is named in diagnostics.</summary>
    string Display(string full);

    /// <summary>
    /// The full name of an include written in a file of <paramref name="folder"/>, or null when it may not be read
    /// (reported in <paramref name="bag"/> at the include).
    /// </summary>
    string? ResolveInclude(string folder, IncludeReference include, DiagnosticBag bag) => Resolve(folder, include.Path);

    /// <summary>The text of an included file, or null when it cannot be read (reported at the include).</summary>
    string? ReadInclude(string full, IncludeReference include, DiagnosticBag bag)
    {
        if (TryRead(full, out var text, out var reason)) return text;
        bag.Error(RulesCodes.IncludeMissing, include.Location, $"The included file '{include.Path}' {reason} ({Display(full)}).");
        return null;
    }
}
