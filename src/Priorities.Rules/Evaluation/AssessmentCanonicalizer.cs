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

    /// <summary>
    /// Sorted by the key, items with equal keys by their JSON text: the JSON is written only for those, since writing
    /// it for every item was most of the cost of putting an assessment in order.
    /// </summary>
    private static T[] SortBy<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var keyed = items.Select(item => (Item: item, Key: key(item))).ToArray();
        Array.Sort(keyed, (x, y) => string.CompareOrdinal(x.Key, y.Key));
        var sorted = new T[keyed.Length];
        for (var start = 0; start < keyed.Length;)
        {
            var end = start + 1;
            while (end < keyed.Length && string.Equals(keyed[end].Key, keyed[start].Key, StringComparison.Ordinal)) end++;
            if (end - start == 1) sorted[start] = keyed[start].Item;
            else ByJson(keyed.AsSpan(start, end - start), sorted.AsSpan(start, end - start));
            start = end;
        }
        return sorted;
    }

    private static void ByJson<T>(ReadOnlySpan<(T Item, string Key)> tied, Span<T> into)
    {
        var texts = new (T Item, string Json)[tied.Length];
        for (var i = 0; i < tied.Length; i++) texts[i] = (tied[i].Item, JsonSerializer.Serialize(tied[i].Item, Json));
        Array.Sort(texts, (x, y) => string.CompareOrdinal(x.Json, y.Json));
        for (var i = 0; i < texts.Length; i++) into[i] = texts[i].Item;
    }
}
