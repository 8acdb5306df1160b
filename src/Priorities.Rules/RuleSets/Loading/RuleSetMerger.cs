using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Loading;

/// <summary>Merges a root file with its includes into one document, checking what spans files.</summary>
internal static class RuleSetMerger
{
    /// <summary>The fact types every rule set has; a declared type may not reuse their names.</summary>
    public static readonly string[] BuiltInFactTypes = ["assessment", "priority", "trend", "volume", "harm", "concern", "vulnerability", "duty", "quality", "measure"];

    /// <summary>The merged document (best effort when there are errors; see <see cref="RuleSetDraft"/>).</summary>
    public static RuleSetRead Merge(ResolvedRuleFiles files, DiagnosticBag bag)
    {
        var (reached, merged) = (files.Reached, files.Merged);
        var root = reached[0];
        var aims = Unique(merged.SelectMany(f => f.Aims), a => a.Id, a => a.Location, RulesCodes.DuplicateAim, "aim", bag);
        var overlay = new PriorityOverlay(files, aims.Select(a => a.Id).ToHashSet(StringComparer.Ordinal), bag);
        overlay.Run();
        var priorities = overlay.Priorities;
        var factTypes = Unique(merged.SelectMany(f => f.FactTypes), t => t.Name, t => t.Location, RulesCodes.DuplicateFactType, "fact type", bag);
        foreach (var type in factTypes.Where(t => BuiltInFactTypes.Contains(t.Name, StringComparer.Ordinal) || RollUpFactTypes.IsRollUp(t.Name)))
            bag.Error(RulesCodes.DuplicateFactType, type.Location, $"'{type.Name}' is a built-in fact type; give the declared type another name.");
        MeasureChecker.Check(priorities, factTypes, bag);
        var all = Unique(merged.SelectMany(f => f.Rules), r => r.Id, r => r.Location, RulesCodes.DuplicateRule, "rule", bag);
        var removed = overlay.Removed;
        var rules = all.Where(r => !ProposesRemoved(r, removed)).ToList();
        var scoring = Scoring(merged, root, bag);
        var kind = root.Kind ?? merged.Select(f => f.Kind).LastOrDefault(k => k is not null) ?? RuleSetKinds.Plan;
        if (kind == RuleSetKinds.Plan) RollUpReads(rules, bag);
        RuleChecker.Check(rules, priorities, scoring, factTypes, bag);
        var unsound = merged.SelectMany(f => f.Unsound).ToHashSet(ReferenceEqualityComparer.Instance);
        var document = RuleSetDraft.Build(root, reached, priorities, scoring, factTypes, rules, unsound) with
        {
            Aims = aims,
            Kind = kind,
            Partnership = root.Partnership,
            Merge = MergeTrace.Build(aims, overlay, scoring, all, removed),
        };
        return new RuleSetRead(document, root.Id is null || root.Version is null || scoring is null || bag.HasErrors);
    }

    /// <summary>A plan rule set reads one assessment: a pattern over a roll-up fact type could never match (PR2110).</summary>
    private static void RollUpReads(IEnumerable<RuleSpec> rules, DiagnosticBag bag)
    {
        foreach (var pattern in rules.SelectMany(r => r.When).Where(p => RollUpFactTypes.IsRollUp(p.FactType)))
            bag.Error(RulesCodes.RollUpFactInPlan, pattern.FactTypeLocation,
                $"'{pattern.FactType}' is a roll-up fact: only a rule set with 'kind: rollup' reads it (over the districts' plans).");
    }

    /// <summary>Whether the rule proposes, by catalogue id, a priority a file removed.</summary>
    public static bool ProposesRemoved(RuleSpec rule, IReadOnlySet<string> removed) =>
        rule.Then.Propose is { } id && removed.Contains(id) && !RuleChecker.PriorityBindings(rule).Contains(id, StringComparer.Ordinal);

    /// <summary>Lowercase hex SHA-256 over the texts in order, each preceded by its UTF-8 length, so boundaries are unambiguous.</summary>
    public static string Hash(IEnumerable<RuleFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        foreach (var file in files)
        {
            var bytes = Encoding.UTF8.GetBytes(file.Text);
            BinaryPrimitives.WriteInt64LittleEndian(length, bytes.LongLength);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static List<T> Unique<T>(IEnumerable<T> items, Func<T, string> id, Func<T, SourceLocation> at, string code, string what, DiagnosticBag bag)
    {
        var first = new Dictionary<string, T>(StringComparer.Ordinal);
        var result = new List<T>();
        foreach (var item in items)
        {
            if (first.TryGetValue(id(item), out var earlier))
                bag.Error(code, at(item), $"Duplicate {what} id '{id(item)}': it is also declared at {at(earlier)}.");
            else
            {
                first.Add(id(item), item);
                result.Add(item);
            }
        }
        return result;
    }

    private static ScoringModel? Scoring(IReadOnlyList<RuleFile> merged, RuleFile root, DiagnosticBag bag)
    {
        var models = merged.Where(f => f.Scoring is not null).Select(f => f.Scoring!).ToList();
        if (models.Count == 0 && merged.Any(f => f.Id is not null))
            bag.Error(RulesCodes.NoScoring, root.Location, "The rule set has no 'scoring' model; exactly one file of a rule set and its includes must have one.");
        foreach (var extra in models.Skip(1))
            bag.Error(RulesCodes.TwoScorings, extra.Location, $"A second 'scoring' model; the rule set already has one at {models[0].Location}.");
        return models.FirstOrDefault();
    }
}
