using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Compilation;

/// <summary>
/// A rule as compiled: its spec, what it proposes (null for rules that only derive), and for each engine action the
/// derive item it came from (null for the proposal's emit action), to map diagnostics back to the file.
/// </summary>
internal sealed record CompiledRule(RuleSpec Spec, Proposal? Proposal, IReadOnlyList<DeriveSpec?> Actions)
{
    public string Id => Spec.Id;
}
