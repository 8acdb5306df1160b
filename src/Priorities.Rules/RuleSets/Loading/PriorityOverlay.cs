using Priorities.Assessments;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Loading;

/// <summary>
/// Builds the merged catalogue file by file in merge order: a file's <c>override:</c> and <c>remove:</c> items act on
/// the priorities of the rule set it extends (with everything that one reaches), then its own priorities are added;
/// a plain duplicate id stays an error (PR2003). Records where each priority came from and what changed it.
/// </summary>
internal sealed class PriorityOverlay(ResolvedRuleFiles files, IReadOnlySet<string> aims, DiagnosticBag bag)
{
    private readonly List<PriorityDefinition> _list = [];
    private readonly Dictionary<string, string> _declaredIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PriorityDefinition> _declared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string At, IReadOnlyList<string> Fields)>> _overridden = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (PriorityDefinition Priority, string At)> _removed = new(StringComparer.Ordinal);

    /// <summary>The merged catalogue, in merge order.</summary>
    public IReadOnlyList<PriorityDefinition> Priorities => _list;

    /// <summary>The ids removed and not declared again.</summary>
    public IReadOnlySet<string> Removed => _removed.Keys.Where(id => _list.All(p => p.Id != id))
        .ToHashSet(StringComparer.Ordinal);

    public void Run()
    {
        foreach (var file in files.Merged)
        {
            var baseFiles = files.Base(file.Path);
            var removing = file.Removals.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var overriding = new HashSet<string>(StringComparer.Ordinal);
            foreach (var change in file.Overrides) Override(change, baseFiles, removing, overriding);
            foreach (var removal in file.Removals) Remove(removal, baseFiles, overriding);
            foreach (var priority in file.Priorities) Add(file, priority, baseFiles);
        }
    }

    /// <summary>The merge entries of the priorities: kept and overridden in catalogue order, then the removed.</summary>
    public IEnumerable<MergeEntry> Trace() =>
        _list.Select(p => _overridden.TryGetValue(p.Id, out var o)
                ? new MergeEntry("priority", p.Id, _declared[p.Id].Location.ToString(), MergeAction.Overridden,
                    string.Join("; ", o.Select(c => $"{c.At} ({string.Join(", ", c.Fields)})")),
                    o.SelectMany(c => c.Fields).Distinct().ToArray())
                : new MergeEntry("priority", p.Id, p.Location.ToString(), MergeAction.Kept, null, []))
            .Concat(Removed.Order(StringComparer.Ordinal).Select(id => new MergeEntry(
                "priority", id, _removed[id].Priority.Location.ToString(), MergeAction.Removed, _removed[id].At, [])));

    private void Override(PriorityOverride change, IReadOnlySet<string> baseFiles, HashSet<string> removing, HashSet<string> overriding)
    {
        if (!overriding.Add(change.Id))
        {
            bag.Error(RulesCodes.DuplicateOverride, change.Location,
                $"'{change.Id}' is overridden twice in this file; merge the two items.");
            return;
        }
        if (removing.Contains(change.Id)) return;
        if (Find(change.Id, baseFiles, change.Location, RulesCodes.OverrideUnknown, "override") is not { } index) return;
        if (change.Aim is { } aim) CheckAim(aim, change.Location);
        _list[index] = change.Apply(_list[index]);
        if (!_overridden.TryGetValue(change.Id, out var changes)) _overridden[change.Id] = changes = [];
        changes.Add((change.Location.ToString(), change.Fields));
    }

    private void Remove(PriorityRemoval removal, IReadOnlySet<string> baseFiles, HashSet<string> overriding)
    {
        if (overriding.Contains(removal.Id))
        {
            bag.Error(RulesCodes.OverrideAndRemove, removal.Location,
                $"'{removal.Id}' is both overridden and removed in this file; keep one of the two.");
            return;
        }
        if (Find(removal.Id, baseFiles, removal.Location, RulesCodes.RemoveUnknown, "remove") is not { } index) return;
        var priority = _list[index];
        if ((priority.LegalBasis ?? StatutoryDuties.LegalBasis(priority.Id)) is { } basis)
        {
            bag.Error(RulesCodes.RemoveDuty, removal.Location,
                $"'{removal.Id}' is a statutory duty ({basis}); no partnership may remove it.");
            return;
        }
        _list.RemoveAt(index);
        _overridden.Remove(removal.Id);
        _removed[removal.Id] = (priority, removal.Location.ToString());
    }

    private void Add(RuleFile file, PriorityDefinition priority, IReadOnlySet<string> baseFiles)
    {
        var earlier = _list.Find(p => p.Id == priority.Id);
        if (earlier is not null)
        {
            var hint = baseFiles.Contains(_declaredIn[priority.Id])
                ? " To change a priority of the rule set this file extends, use 'override:'." : string.Empty;
            bag.Error(RulesCodes.DuplicatePriority, priority.Location,
                $"Duplicate priority id '{priority.Id}': it is also declared at {_declared[priority.Id].Location}.{hint}");
            return;
        }
        if (priority.Aim is { } aim) CheckAim(aim, priority.Location);
        _list.Add(priority);
        _declaredIn[priority.Id] = file.Path;
        _declared[priority.Id] = priority;
    }

    private int? Find(string id, IReadOnlySet<string> baseFiles, SourceLocation at, string code, string verb)
    {
        var index = _list.FindIndex(p => p.Id == id && baseFiles.Contains(_declaredIn[p.Id]));
        if (index >= 0) return index;
        var candidates = _list.Where(p => baseFiles.Contains(_declaredIn[p.Id])).Select(p => p.Id);
        var problem = baseFiles.Count == 0 ? "this file extends no rule set"
            : $"the rule set this file extends has no priority '{id}'.{Hints.DidYouMean(id, candidates)}";
        bag.Error(code, at, $"Cannot {verb} '{id}': {problem}");
        return null;
    }

    private void CheckAim(string aim, SourceLocation at)
    {
        if (aims.Contains(aim)) return;
        var known = aims.Count == 0 ? " The rule set declares no 'aims'." : Hints.DidYouMean(aim, aims);
        bag.Error(RulesCodes.UnknownAim, at, $"Unknown aim '{aim}'.{known}");
    }
}
