using Priorities.Diagnostics;
using Priorities.RuleSets.Model;

namespace Priorities.Linting;

/// <summary>
/// PR6103: a crime category two catalogue priorities cover (<c>covers</c>), so the same evidence can score both and
/// push them up together. Reported at the later entry (catalogue order), naming the earlier one and its place.
/// </summary>
internal static class CoverOverlap
{
    public static void Check(RuleSetDocument document, DiagnosticBag bag)
    {
        var earlier = new List<PriorityDefinition>();
        foreach (var priority in document.Priorities)
        {
            foreach (var first in earlier)
            {
                var shared = first.Covers.Intersect(priority.Covers, StringComparer.Ordinal).ToArray();
                if (shared.Length == 0) continue;
                var what = shared.Length == 1 ? $"category '{shared[0]}'"
                    : $"categories {string.Join(", ", shared.Select(s => $"'{s}'"))}";
                bag.Warning(RulesCodes.LintCategoryCoveredTwice, priority.Location,
                    $"Priorities '{first.Id}' ({LintText.Place(first.Location)}) and '{priority.Id}' both cover {what}: the "
                    + "same evidence can score both, and they rise and fall together.");
            }
            earlier.Add(priority);
        }
    }
}
