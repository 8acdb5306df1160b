using Priorities.Assessments;
using Priorities.Engine;
using Priorities.Engine.Facts;
using Priorities.Results;
using Priorities.RuleSets.Loading;

namespace Priorities.Evaluation;

/// <summary>
/// Reads back the <c>measureStatus</c> facts the rules derived (rules/targets.yaml, or a pack's own include): one
/// rating per measure. A status or RAG outside the contract's values is left out with a data-quality note; when rules
/// derive several statuses for one measure, the worst counts (missed, off-track, on-track, achieved, no-data) and a
/// note says so.
/// </summary>
internal static class MeasureRatings
{
    /// <summary>The data-quality note kind of a measure whose derived status could not be used.</summary>
    public const string NoteKind = "measure-status";

    private static readonly string[] Statuses =
        [MeasureStatus.Missed, MeasureStatus.OffTrack, MeasureStatus.OnTrack, MeasureStatus.Achieved, MeasureStatus.NoData];

    private static readonly string[] Rags = [MeasureStatus.Red, MeasureStatus.Amber, MeasureStatus.Green, MeasureStatus.Grey];

    public static (IReadOnlyList<MeasureRating> Ratings, IReadOnlyList<DataQualityNote> Notes) Read(SessionResult result)
    {
        var ratings = new Dictionary<string, MeasureRating>(StringComparer.Ordinal);
        var notes = new List<DataQualityNote>();
        foreach (var handle in result.Facts)
        {
            if (!handle.IsDerived || handle.Fact is not FactRecord record
                || !string.Equals(handle.Type.Name, MeasureChecker.StatusType, StringComparison.Ordinal)) continue;
            var rating = new MeasureRating(Text(record, "measure"), Text(record, "status"), Text(record, "rag"));
            Merge(ratings, notes, rating, handle.DerivedBy?.RuleId ?? string.Empty);
        }
        return (ratings.Values.OrderBy(r => r.Measure, StringComparer.Ordinal).ToArray(), notes);
    }

    private static void Merge(Dictionary<string, MeasureRating> ratings, List<DataQualityNote> notes, MeasureRating rating, string rule)
    {
        if (Array.IndexOf(Statuses, rating.Status) < 0 || Array.IndexOf(Rags, rating.Rag) < 0)
            notes.Add(Note($"Rule {rule} gave measure {rating.Measure} the status '{rating.Status}' and RAG "
                + $"'{rating.Rag}'; a status is one of {string.Join(", ", Statuses)} and a RAG one of "
                + $"{string.Join(", ", Rags)}, so it was not used."));
        else if (!ratings.TryGetValue(rating.Measure, out var earlier)) ratings.Add(rating.Measure, rating);
        else if (earlier != rating)
        {
            var worse = Array.IndexOf(Statuses, rating.Status) < Array.IndexOf(Statuses, earlier.Status) ? rating : earlier;
            ratings[rating.Measure] = worse;
            notes.Add(Note($"The rules gave measure {rating.Measure} more than one status or RAG ({earlier.Status} "
                + $"{earlier.Rag}, {rating.Status} {rating.Rag}); the plan reports the worse, {worse.Status} {worse.Rag}."));
        }
    }

    private static string Text(FactRecord record, string field) =>
        record.Type.TryGetField(field, out _) ? record[field] as string ?? string.Empty : string.Empty;

    private static DataQualityNote Note(string message) => new() { Kind = NoteKind, Message = message };
}
