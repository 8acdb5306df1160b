using System.Globalization;
using System.Security.Cryptography;
using Priorities.Diagnostics;

namespace Priorities.Adoption;

/// <summary>
/// Applies a board's decisions to a proposal and writes what it adopted as a <see cref="DecisionRecord"/>. Never throws
/// for bad input: every refusal (PR7000–PR7029) comes back at its place in <see cref="AdoptionResult.Diagnostics"/>.
/// </summary>
public static class BoardAdoption
{
    /// <summary>Adopts a proposal with the board's decisions.</summary>
    /// <param name="proposal">The bytes of the proposal: a plan result's JSON (<c>propose --format json</c>).</param>
    /// <param name="proposalFile">The proposal's name in diagnostics.</param>
    /// <param name="decisions">The decisions file's YAML text: <c>meeting</c> and <c>changes</c>.</param>
    /// <param name="decisionsFile">The decisions file's name in diagnostics.</param>
    /// <returns>The decision record and its canonical bytes, or the refusals.</returns>
    public static AdoptionResult Adopt(byte[] proposal, string proposalFile, string decisions, string decisionsFile)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentException.ThrowIfNullOrWhiteSpace(proposalFile);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentException.ThrowIfNullOrWhiteSpace(decisionsFile);
        var bag = new DiagnosticBag();
        var plan = ProposalReader.Read(proposal, proposalFile, bag);
        var read = DecisionsReader.Read(decisionsFile, decisions, bag);
        if (plan is null || read is null) return new AdoptionResult(null, null, bag.Sorted());
        var editor = new PlanEditor(plan, bag);
        foreach (var item in read.Items) editor.Apply(item);
        if (bag.HasErrors || read.Meeting is null) return new AdoptionResult(null, null, bag.Sorted());
        var record = new DecisionRecord
        {
            Format = DecisionRecord.CurrentFormat,
            Year = int.Parse(read.Meeting.Date.AsSpan(0, 4), CultureInfo.InvariantCulture),
            Partnership = plan.Partnership,
            Period = plan.Period,
            RuleSet = plan.RuleSet,
            AssessmentSha256 = plan.AssessmentSha256!,
            ProposalSha256 = Convert.ToHexStringLower(SHA256.HashData(proposal)),
            Meeting = read.Meeting,
            Changes = read.Items.Select(i => i.Change).ToArray(),
            Adopted = editor.Plan,
        };
        return new AdoptionResult(record, DecisionRecordSerializer.ToCanonicalJson(record), bag.Sorted());
    }
}
