using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.RuleSets;

namespace Priorities.Host.Cli;

/// <summary>
/// The rule sets and samples shipped inside the tool, named on the command line: a name such as <c>oxford</c> loads
/// the shipped one unless a file (or, for rules, a folder) of that name exists here — files on disk win.
/// </summary>
internal static class ShippedInputs
{
    /// <summary>Whether <c>--rules</c> <paramref name="path"/> means a shipped rule set.</summary>
    public static bool IsRuleSet(string path) => !File.Exists(path) && !Directory.Exists(path) && ShippedRuleSets.Contains(path);

    /// <summary>
    /// The assessment <c>--assessment</c> names: its file, else the shipped sample of that name; the shipped default
    /// sample when none is named.
    /// </summary>
    public static AssessmentLoadResult ReadAssessment(string? path) =>
        path is null ? ShippedAssessments.Load(ShippedAssessments.DefaultName)
        : !File.Exists(path) && ShippedAssessments.Contains(path) ? ShippedAssessments.Load(path)
        : AssessmentReader.Read(path);
}
