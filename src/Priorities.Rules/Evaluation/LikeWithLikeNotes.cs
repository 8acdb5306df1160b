using Priorities.Assessments;

namespace Priorities.Evaluation;

/// <summary>
/// The data-quality notes of a plan about comparing like with like, one per kind and window, geography or date: the
/// same mismatches <see cref="LikeWithLike"/> names in the rationale lines, for the data-quality section.
/// </summary>
internal static class LikeWithLikeNotes
{
    public static IReadOnlyList<DataQualityNote> Build(Assessment a, LikeWithLike like)
    {
        var trends = a.Trends.Select(t => (t.Category, Fact: Comparability.Of(t, a))).ToList();
        var counted = trends.Concat(a.Volumes.Select(v => (v.Category, Fact: Comparability.Of(v)))).ToList();
        var all = counted.Concat(a.Concern.Select(c => (c.Category, Fact: Comparability.Of(c))))
            .Concat(a.Harm.Select(h => (h.Category, Fact: Comparability.Of(h)))).ToList();
        var notes = new List<DataQualityNote>();
        foreach (var group in trends.Where(t => LikeWithLike.IsSeasonal(t.Fact)).GroupBy(t => LikeWithLike.Seasonal(t.Fact)))
            notes.Add(Note(DataQualityKinds.SeasonalComparison, group, $"{Facts(group, "trend")} compare {group.Key}"));
        foreach (var group in counted.Where(c => LikeWithLike.IsScaled(c.Fact)).GroupBy(c => (c.Fact.Kind, Text: LikeWithLike.Scaled(c.Fact))))
            notes.Add(Note(DataQualityKinds.Annualised, group, $"{Facts(group, group.Key.Kind)} are {group.Key.Text}"));
        foreach (var group in all.Where(c => c.Fact.Geography != Geographies.Local).GroupBy(c => (c.Fact.Kind, c.Fact.Geography)))
        {
            var wider = $"{Wider(group.Key.Geography)} figures, not figures for {a.Partnership.Name}";
            notes.Add(Note(DataQualityKinds.NotLocal, group, $"{Facts(group, group.Key.Kind)} are {wider}"));
        }
        foreach (var group in all.Where(c => like.IsOld(c.Fact)).GroupBy(c => (c.Fact.Kind, Text: like.Old(c.Fact))))
            notes.Add(Note(DataQualityKinds.OldEvidence, group, $"{Facts(group, group.Key.Kind)} were {group.Key.Text}"));
        return notes;
    }

    private static string Wider(string geography) => geography == Geographies.Force ? "police force area" : geography;

    private static DataQualityNote Note<T>(string kind, IEnumerable<T> facts, string text) => new()
    {
        Kind = kind,
        Count = facts.Count(),
        Message = PlanText.Sentence(text) + " Rationale lines that rely on them say so.",
    };

    /// <summary>Such as <c>9 concern facts (anti-social-behaviour, burglary, …)</c>: the categories in order, eight at most.</summary>
    private static string Facts(IEnumerable<(string Category, Comparability Fact)> group, string kind)
    {
        var categories = group.Select(g => g.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var shown = string.Join(", ", categories.Take(8)) + (categories.Count > 8 ? ", …" : string.Empty);
        var count = group.Count();
        return $"{PlanText.Count(count)} {kind} {(count == 1 ? "fact" : "facts")} ({shown})";
    }
}
