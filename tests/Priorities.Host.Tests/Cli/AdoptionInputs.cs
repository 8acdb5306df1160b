using System.Text;
using Priorities.Assessments.Reading;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Host.Tests.Cli;

/// <summary>The Oxford proposal (shipped rules and sample) and decisions files, for the adopt command and endpoint.</summary>
internal static class AdoptionInputs
{
    private static readonly Lazy<string> ProposalText = new(() => PlanResultSerializer.ToJson(
        ShippedRuleSets.Load("oxford").RuleSet!.Evaluate(ShippedAssessments.Load("oxford-city-2024").Assessment!)));

    public const string Meeting = "meeting: {body: Safer Oxford Partnership Board, date: 2024-11-14, minute: SOP/24/17}\n";

    public static string Proposal => ProposalText.Value;

    public static byte[] ProposalBytes => Encoding.UTF8.GetBytes(Proposal);

    /// <summary>Each refusal: a change, and the code it is refused with.</summary>
    public static TheoryData<string, string> Refusals() => new()
    {
        { "{action: remove, priority: prevent, reason: Covered by the county.}", "PR7000" },
        { "{action: move, priority: burglary-serius-theft, to: 1, reason: x}", "PR7001" },
        { "{action: add, priority: fly-tipping, reason: x}", "PR7002" },
        { "{action: move, priority: cycle-crime, to: 40, reason: x}", "PR7003" },
        { "{action: move, priority: cycle-crime, to: 1}", "PR7004" },
    };

    public static string Decisions(params string[] changes) =>
        changes.Length == 0 ? Meeting + "changes: []\n" : Meeting + "changes:\n" + string.Concat(changes.Select(c => $"  - {c}\n"));
}
