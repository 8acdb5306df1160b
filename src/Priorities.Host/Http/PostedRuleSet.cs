using Priorities.Engine.Diagnostics;
using Priorities.RuleSets;
using Priorities.RuleSets.Model;

namespace Priorities.Host.Http;

/// <summary>Rule-set text posted to the API, loaded the one way validation and diff both use.</summary>
internal static class PostedRuleSet
{
    /// <summary>
    /// Loads the text as the file <paramref name="file"/> with includes confined to the served rules folder (the loader
    /// refuses anything else, reads only regular files under its size cap, keeps the YAML limits, and names files
    /// relative to the folder); compiled apart from the cache. Bad input comes back as diagnostics; an I/O failure
    /// meanwhile is reported at the start of the text rather than as a 500.
    /// </summary>
    public static (PlanRuleSet? RuleSet, IReadOnlyList<Diagnostic> Diagnostics) Load(string file, string text, string folder)
    {
        try
        {
            var result = RuleSetLoader.LoadText(file, text, new RuleSetLoadOptions { IncludeRoot = folder, ShareCompiled = false });
            return (result.RuleSet, result.Diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var message = $"The rule set could not be read ({e.GetType().Name}).";
            return (null, [new Diagnostic(HttpCodes.IncludeUnreadable, DiagnosticSeverity.Error, message, SourceLocation.StartOf(file))]);
        }
    }
}
