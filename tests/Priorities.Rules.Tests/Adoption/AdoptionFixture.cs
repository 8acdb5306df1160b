using System.Text;
using Priorities.Adoption;
using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.Adoption;

/// <summary>The shipped Oxford rules and sample, their proposal as bytes, and decisions files written for tests.</summary>
internal static class AdoptionFixture
{
    private static readonly Lazy<PlanRuleSet> OxfordRules = new(() => ShippedRuleSets.Load("oxford").RuleSet!);
    private static readonly Lazy<Assessment> OxfordSample = new(() => ShippedAssessments.Load("oxford-city-2024").Assessment!);
    private static readonly Lazy<byte[]> ProposalBytes = new(() => Encoding.UTF8.GetBytes(PlanResultSerializer.ToJson(Plan)));

    public const string Meeting = "meeting: {body: Safer Oxford Partnership Board, date: 2024-11-14, minute: SOP/24/17}\n";

    public static PlanRuleSet Rules => OxfordRules.Value;

    public static Assessment Sample => OxfordSample.Value;

    public static PlanResult Plan => Rules.Evaluate(Sample);

    public static byte[] Proposal => ProposalBytes.Value;

    /// <summary>A decisions file: the meeting, then one change per line (flow mappings).</summary>
    public static string Decisions(params string[] changes) =>
        changes.Length == 0 ? Meeting + "changes: []\n" : Meeting + "changes:\n" + string.Concat(changes.Select(c => $"  - {c}\n"));

    public static AdoptionResult Adopt(params string[] changes) =>
        BoardAdoption.Adopt(Proposal, "plan.json", Decisions(changes), "decisions.yaml");

    /// <summary>The codes of the diagnostics, each with its line and column.</summary>
    public static IReadOnlyList<string> Codes(AdoptionResult result) =>
        result.Diagnostics.Select(d => $"{d.Code}@{d.Location.Line}:{d.Location.Column}").ToArray();
}
