using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Loading;

/// <summary>
/// Builds the document of a rule set as far as it could be read, so that its expressions can be type-checked in the
/// same pass as the reader's own checks. Left out: rules and fact types the reader marked unsound (an error inside
/// them), declared fact types named like built-in ones, and rules whose patterns name a left-out fact type. A missing
/// id, version or scoring model is replaced by an empty one. Without reader errors nothing is left out.
/// </summary>
internal static class RuleSetDraft
{
    public static RuleSetDocument Build(
        RuleFile root, IReadOnlyList<RuleFile> reached, IReadOnlyList<PriorityDefinition> priorities, ScoringModel? scoring,
        IReadOnlyList<FactTypeDefinition> factTypes, IReadOnlyList<RuleSpec> rules, IReadOnlySet<object> unsound)
    {
        var builtIn = RuleSetMerger.BuiltInFactTypes;
        var leftOutTypes = factTypes.Where(t => unsound.Contains(t) || builtIn.Contains(t.Name, StringComparer.Ordinal))
            .Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var types = factTypes.Where(t => !leftOutTypes.Contains(t.Name)).ToArray();
        var checkable = rules.Where(r => !unsound.Contains(r) && !r.When.Any(p => leftOutTypes.Contains(p.FactType))).ToArray();
        return new RuleSetDocument(
            root.Id ?? string.Empty, root.Version ?? string.Empty, root.Description, reached.Select(f => f.Path).ToArray(),
            RuleSetMerger.Hash(reached), priorities, scoring ?? Empty(root), types, checkable, root.Location);
    }

    private static ScoringModel Empty(RuleFile root) =>
        new(ScoringMethod.WeightedSum, [], new SelectionPolicy(null, null), [], root.Location);
}
