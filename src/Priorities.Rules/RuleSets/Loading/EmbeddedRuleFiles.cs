using Priorities.Diagnostics;
using Priorities.Shipped;

namespace Priorities.RuleSets.Loading;

/// <summary>
/// The rule files embedded in this assembly (<see cref="ShippedFiles"/>): includes resolve relative to the including
/// file's shipped folder, and only shipped files can be reached; nothing on disk is read.
/// </summary>
internal sealed class EmbeddedRuleFiles : IRuleFileSource
{
    public static readonly EmbeddedRuleFiles Instance = new();

    private EmbeddedRuleFiles()
    {
    }

    public string Resolve(string folder, string path)
    {
        var joined = folder.Length == 0 ? path : folder + "/" + path;
        var parts = new List<string>();
        foreach (var part in joined.Replace('\\', '/').Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == ".." && parts.Count > 0) parts.RemoveAt(parts.Count - 1);
            else parts.Add(part);
        }
        return string.Join('/', parts);
    }

    public string? ResolveInclude(string folder, IncludeReference include, DiagnosticBag bag) => Resolve(folder, include.Path);

    public string? ReadInclude(string full, IncludeReference include, DiagnosticBag bag)
    {
        var text = ShippedFiles.Read(full);
        if (text is null)
        {
            bag.Error(RulesCodes.IncludeMissing, include.Location,
                $"The included file '{include.Path}' is not among the shipped rule files ({full}).");
        }
        return text;
    }

    public string Display(string full) => full;
}
