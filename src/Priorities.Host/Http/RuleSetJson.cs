using Priorities.Hosting;
using Priorities.RuleSets;

namespace Priorities.Host.Http;

/// <summary>A loaded rule set as <c>GET /v1/rulesets</c> lists it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Version">Its version.</param>
/// <param name="Hash">SHA-256 of its files' contents.</param>
/// <param name="Description">Its description.</param>
/// <param name="Rules">How many rules it has.</param>
/// <param name="Priorities">How many catalogue priorities it has.</param>
/// <param name="Files">Its files, root first, relative to the rules folder.</param>
/// <param name="LoadedAt">When it was loaded.</param>
/// <param name="Generation">1 for the first load, one more per good reload.</param>
/// <param name="ScoringMethod">How dimension scores combine: <c>weighted-sum</c>, <c>product</c> or <c>max</c>.</param>
/// <param name="Dimensions">Its scoring dimensions in declared order (id, weight, description): what weight sliders need.</param>
internal sealed record RuleSetJson(string Id, string Version, string Hash, string? Description, int Rules, int Priorities, IReadOnlyList<string> Files, DateTimeOffset LoadedAt, int Generation,
    string ScoringMethod, IReadOnlyList<ScoringDimension> Dimensions)
{
    public static RuleSetJson From(IRuleSetProvider provider)
    {
        var set = provider.RuleSet;
        var folder = RulesFolder(set);
        var files = set.Files.Select(f => DiagnosticJson.Relative(f, folder)).ToArray();
        return new RuleSetJson(set.Info.Id, set.Info.Version, set.Info.Hash, set.Description, set.RuleCount, set.Catalogue.Count, files, provider.LoadedAt, provider.Generation,
            set.ScoringMethod, set.Dimensions);
    }

    /// <summary>The folder of the rule set's root file: includes of validated text resolve here.</summary>
    public static string RulesFolder(PlanRuleSet set) =>
        Path.GetDirectoryName(Path.GetFullPath(set.Files[0])) ?? Directory.GetCurrentDirectory();
}
