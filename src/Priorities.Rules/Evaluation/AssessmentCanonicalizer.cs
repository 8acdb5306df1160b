using System.Text.Json;
using Priorities.Assessments;

namespace Priorities.Evaluation;

/// <summary>
/// Puts an assessment in a canonical order, so that the order of its facts and of list items never changes a
/// result: every fact list is sorted by its natural key, then by all its fields (its JSON text), and string lists
/// whose order has no meaning (areas, PCC priorities, previous plan, a history entry's
/// adopted ids, a duty's areas), and the plan history by year are sorted ordinally.
/// Monthly series keep their order: oldest first is part of their meaning.
/// </summary>
internal static class AssessmentCanonicalizer
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static Assessment Canonicalize(Assessment a) => a with
    {
        Partnership = a.Partnership with { Areas = Sorted(a.Partnership.Areas) },
        Trends = SortBy(a.Trends, t => t.Category + "\n" + t.Area),
        Volumes = SortBy(a.Volumes, v => v.Category + "\n" + v.Area),
        Comparisons = SortBy(a.Comparisons, c => c.Category + "\n" + c.Area),
        Harm = SortBy(a.Harm, h => h.Category),
        Concern = SortBy(a.Concern, c => c.Category),
        Vulnerability = SortBy(a.Vulnerability, v => v.Indicator + "\n" + v.Category + "\n" + v.Area),
        Duties = a.Duties is null
            ? null
            : SortBy(a.Duties.Select(d => d with { AppliesTo = d.AppliesTo is null ? null : Sorted(d.AppliesTo) }), d => d.Id),
        PccPriorities = Sorted(a.PccPriorities),
        PreviousPlan = Sorted(a.PreviousPlan),
        Actuals = SortBy(a.Actuals, x => x.Measure + "\n" + x.Period),
        History = a.History.OrderBy(e => e.Year).Select(e => e with
        {
            Adopted = Sorted(e.Adopted),
            Figures = e.Figures.OrderBy(f => f.Id, StringComparer.Ordinal).ToArray(),
        }).ToArray(),
        DataQuality = Notes(a.DataQuality),
        Sources = Sorted(a.Sources),
    };

    private static DataQualityNote[] Notes(IEnumerable<DataQualityNote> notes) =>
        notes
            .OrderBy(n => n.Kind, StringComparer.Ordinal)
            .ThenBy(n => n.Category ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(n => n.Area ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(n => n.From ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(n => n.Message, StringComparer.Ordinal)
            .ThenBy(n => n.Count ?? long.MinValue)
            .ToArray();

    private static string[] Sorted(IEnumerable<string> items) => items.Order(StringComparer.Ordinal).ToArray();

    private static T[] SortBy<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.Select(item => (Item: item, Key: key(item), All: JsonSerializer.Serialize(item, Json)))
            .OrderBy(x => x.Key, StringComparer.Ordinal)
            .ThenBy(x => x.All, StringComparer.Ordinal)
            .Select(x => x.Item)
            .ToArray();
}
