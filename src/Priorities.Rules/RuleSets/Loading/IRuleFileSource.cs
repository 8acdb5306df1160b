using Priorities.Diagnostics;

namespace Priorities.RuleSets.Loading;

/// <summary>
/// Where the include resolver finds rule files: the disk (<see cref="DiskRuleFiles"/>, confined to the include root
/// and size-capped) or the rule sets shipped inside the assembly (<see cref="EmbeddedRuleFiles"/>). It names files,
/// reads included ones (reporting at the include when it cannot) and says how diagnostics show them.
/// </summary>
internal interface IRuleFileSource
{
    /// <summary>The full name of <paramref name="path"/> as written in a file of <paramref name="folder"/> (empty: the root).</summary>
    string Resolve(string folder, string path);

    /// <summary>
    /// The full name of an include written in a file of <paramref name="folder"/>, or null when it may not be read
    /// (reported in <paramref name="bag"/> at the include).
    /// </summary>
    string? ResolveInclude(string folder, IncludeReference include, DiagnosticBag bag);

    /// <summary>The text of an included file, or null when it cannot be read (reported at the include).</summary>
    string? ReadInclude(string full, IncludeReference include, DiagnosticBag bag);

    /// <summary>How a file is named in diagnostics.</summary>
    string Display(string full);
}
