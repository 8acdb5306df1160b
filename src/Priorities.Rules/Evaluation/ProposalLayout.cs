using System.Runtime.CompilerServices;
using Priorities.RuleSets.Compilation;

namespace Priorities.Evaluation;

/// <summary>
/// Where a proposing rule's emitted values sit: the priority, each score dimension in <see cref="Proposal.Dimensions"/>
/// order, and the first <c>because</c> placeholder (the others follow it). Found once per emit action from its value
/// names, so reading a hit is by position: no name built or searched per value.
/// </summary>
/// <param name="Priority">The position of the priority value.</param>
/// <param name="Scores">The position of each score value.</param>
/// <param name="Because">The position of <c>because:0</c> (the count when there is none).</param>
internal sealed record ProposalLayout(int Priority, int[] Scores, int Because)
{
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, ProposalLayout> Layouts = [];

    /// <summary>The layout of the values an emit action names (its names list is shared by all its firings).</summary>
    public static ProposalLayout Of(IReadOnlyList<string> names, Proposal proposal) =>
        Layouts.GetValue(names, _ => Build(names, proposal));

    private static ProposalLayout Build(IReadOnlyList<string> names, Proposal proposal)
    {
        var index = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++) index.TryAdd(names[i], i);
        int At(string name) => index.TryGetValue(name, out var i)
            ? i : throw new KeyNotFoundException($"The proposal has no value '{name}'.");
        return new ProposalLayout(
            At(Proposal.PriorityValue),
            proposal.Dimensions.Select(d => At(Proposal.ScoreValue(d))).ToArray(),
            index.GetValueOrDefault(Proposal.BecauseValue(0), names.Count));
    }
}
