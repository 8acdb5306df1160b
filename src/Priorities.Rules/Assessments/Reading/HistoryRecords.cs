using System.Text.Json;
using System.Text.Json.Nodes;
using Priorities.Diagnostics;
using Priorities.Serialization;

namespace Priorities.Assessments.Reading;

/// <summary>
/// The decision record of a plan history entry: a path read through <see cref="RecordFiles"/> (only when the
/// assessment was read from a file: over HTTP or from text a path is not read), or the record inline.
/// </summary>
internal sealed class HistoryRecords(DiagnosticBag bag, RecordFiles? files)
{
    /// <summary>The reference to keep (the path, or <c>sha256:HEX</c> for an inline record) and the record when read.</summary>
    public (JsonNode? Reference, HistoryRecord? Record) Read(DocNode? node, string path, bool hasAdopted)
    {
        switch (node)
        {
            case null or DocScalar { IsNull: true }:
                return (null, null);
            case DocObject inline:
                var json = DocJson.Convert(inline);
                var record = Parse(() => json, node, $"'{path}.decisionRecord'");
                return (record is null ? null : "sha256:" + CanonicalJson.Sha256(json), record);
            case DocScalar scalar when files is null:
                var message = $"The decision record '{scalar.Text}' is not read here: only an assessment read from a file "
                    + "reads records beside it (over HTTP give the record inline under 'decisionRecord')";
                if (hasAdopted)
                    bag.Warning(RulesCodes.HistoryRecordNotRead, scalar.Location, message + "; last year's figures are not compared.");
                else bag.Error(RulesCodes.HistoryRecordNotRead, scalar.Location, message + ", or give 'adopted'.");
                return (scalar.Text, null);
            case DocScalar scalar:
                var text = files.Read(scalar.Text, scalar.Location, bag);
                return (scalar.Text, text is null ? null : Parse(() => JsonNode.Parse(text), node, $"The decision record '{scalar.Text}'"));
            default:
                bag.Error(RulesCodes.HistoryWrongShape, node.Location,
                    $"'{path}.decisionRecord' must be a path to a decision record (such as adopted-2024.json) or the record itself.");
                return (null, null);
        }
    }

    /// <summary>The entry's own <c>adopted</c> must be the record's plan; the record should be of its year and partnership.</summary>
    public static void Check(
        HistoryRecord record, string[]? adopted, int year, string? partnership, DocObject entry, string path, DiagnosticBag bag)
    {
        var ids = record.Adopted.Order(StringComparer.Ordinal).ToArray();
        var given = adopted?.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        if (given is not null && !given.SequenceEqual(ids, StringComparer.Ordinal))
            bag.Error(RulesCodes.HistoryAdoptedMismatch, entry.Get("adopted")!.Location,
                $"'{path}.adopted' is not the plan its decision record adopted ({string.Join(", ", ids)}); "
                + "leave 'adopted' out to take the record's.");
        if (record.Year != year)
            bag.Warning(RulesCodes.HistoryRecordElsewhere, entry.Get("decisionRecord")!.Location,
                $"The decision record is of a meeting in {record.Year}, not {year}.");
        if (partnership is not null && !string.Equals(record.Partnership, partnership, StringComparison.Ordinal))
            bag.Warning(RulesCodes.HistoryRecordElsewhere, entry.Get("decisionRecord")!.Location,
                $"The decision record is of {record.Partnership}, not {partnership}.");
    }

    private HistoryRecord? Parse(Func<JsonNode?> json, DocNode node, string what)
    {
        try
        {
            return HistoryRecord.Read(json());
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? $" (line {l + 1})" : string.Empty;
            var reason = e.Message.Split([" Path:", " LineNumber:"], StringSplitOptions.None)[0];
            bag.Error(RulesCodes.HistoryRecordInvalid, node.Location, $"{what} is not a decision record{line}: {reason}.");
            return null;
        }
    }
}
