using Priorities.Assessments;
using Priorities.Results;

namespace Priorities.Evaluation;

/// <summary>
/// Finds the caveats of the evidence that affect a priority: trends in its evidence flagged as small numbers, and the
/// assessment's data-quality notes about a category it covers, or with no category about an area in its evidence
/// (recording-practice changes with neither affect every priority with trend or volume evidence).
/// </summary>
internal sealed class CaveatFinder(Assessment assessment, IReadOnlyList<DataQualityNote> notes)
{
    private readonly ILookup<(string Category, string Area), TrendFact> _trends =
        assessment.Trends.ToLookup(t => (t.Category, t.Area));

    public IReadOnlyList<string> Find(Candidate candidate, IReadOnlyList<Evidence> evidence)
    {
        var caveats = new List<string>();
        foreach (var item in evidence.Where(e => e.Kind == "trend" && e.Category is not null && e.Area is not null))
            caveats.AddRange(_trends[(item.Category!, item.Area!)].Where(t => t.SmallNumbers).Select(SmallNumbers));
        var covers = candidate.Definition.Covers.ToHashSet(StringComparer.Ordinal);
        var areas = evidence.Where(e => e.Area is not null).Select(e => e.Area!).ToHashSet(StringComparer.Ordinal);
        var measured = evidence.Any(e => e.Kind is "trend" or "volume");
        foreach (var note in notes.Where(n => Affects(n, covers, areas, measured)))
            caveats.Add(Sentence(note));
        return caveats.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The caveats of <see cref="Find"/> that quote trends marked sensitive.</summary>
    public IReadOnlyList<string> Sensitive(IReadOnlyList<Evidence> evidence) =>
        evidence.Where(e => e.Kind == "trend" && e.Category is not null && e.Area is not null)
            .SelectMany(e => _trends[(e.Category!, e.Area!)].Where(t => t.SmallNumbers && t.Sensitive).Select(SmallNumbers))
            .Distinct(StringComparer.Ordinal).ToArray();

    private static bool Affects(DataQualityNote note, HashSet<string> covers, HashSet<string> areas, bool measured)
    {
        if (note.Category is not null) return covers.Contains(note.Category);
        if (note.Area is not null) return areas.Contains(note.Area);
        return note.Kind == DataQualityKinds.RecordingChange && measured;
    }

    private string Sentence(DataQualityNote note)
    {
        if (note.Kind == DataQualityKinds.SmallNumbers && note.Category is not null && note.Area is not null)
        {
            var trend = _trends[(note.Category, note.Area)].FirstOrDefault();
            if (trend is not null) return SmallNumbers(trend);
        }
        if (note.Kind == DataQualityKinds.RecordingChange)
        {
            var from = note.From is null ? string.Empty : $" from {note.From}";
            return $"Caution: recording practice changed{from}, so part of any change may reflect recording rather than crime: {PlanText.Sentence(note.Message)}";
        }
        return "Caution: " + PlanText.Sentence(note.Message);
    }

    /// <summary>The caveat of a trend whose counts are too small for its percentage change to mean much.</summary>
    public static string SmallNumbers(TrendFact trend) =>
        $"Caution: counts of {CrimeCategories.DisplayName(trend.Category)} in {trend.Area} are small ({PlanText.Count(trend.Count)} against {PlanText.Count(trend.PreviousCount)}), so the percentage change means little.";
}
