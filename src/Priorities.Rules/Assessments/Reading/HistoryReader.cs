using System.Globalization;
using System.Text.Json.Nodes;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Yaml;

namespace Priorities.Assessments.Reading;

/// <summary>
/// Reads an assessment's <c>history</c> (PR3060–PR3069 at their places): a list of
/// <c>{year, adopted, decisionRecord, figures}</c>, each year once and before the end year of <c>period</c>, not
/// together with a non-empty <c>previousPlan</c>. A decision record fills in <c>adopted</c> and <c>figures</c>.
/// </summary>
internal sealed class HistoryReader(DiagnosticBag bag, RecordFiles? files)
{
    private static readonly string[] Keys = ["year", "adopted", "decisionRecord", "figures"];

    public JsonArray? Read(DocNode node, DocObject root)
    {
        if (node is not DocArray list)
        {
            bag.Error(RulesCodes.HistoryWrongShape, node.Location, "'history' must be a list of {year, adopted, decisionRecord}.");
            return null;
        }
        if (list.Items.Count > 0 && root.Get("previousPlan") is DocArray { Items.Count: > 0 })
            bag.Error(RulesCodes.HistoryWithPreviousPlan, node.Location,
                "Give either 'history' or 'previousPlan' (a one-year history), not both: put last year's plan in 'history'.");
        var endYear = DocPaths.Scalar(root.Get("period") as DocObject ?? Empty(root), "end") is { } end
            && Months.FirstDay(end.Text.Trim()) is { } day ? day.Year : (int?)null;
        var years = new Dictionary<int, SourceLocation>();
        var result = new JsonArray();
        for (var i = 0; i < list.Items.Count; i++)
            if (Entry(list.Items[i], $"history[{i}]", endYear, years, root) is { } entry) result.Add(entry);
        return result;
    }

    private JsonObject? Entry(DocNode node, string path, int? endYear, Dictionary<int, SourceLocation> years, DocObject root)
    {
        if (node is not DocObject entry)
        {
            bag.Error(RulesCodes.HistoryWrongShape, node.Location, $"'{path}' must be a mapping: {{year, adopted, decisionRecord}}.");
            return null;
        }
        foreach (var member in entry.Members.Where(m => !Keys.Contains(m.Key, StringComparer.Ordinal)))
            bag.Error(RulesCodes.HistoryUnknownKey, member.KeyLocation, $"Unknown key '{member.Key}' in '{path}'.{Hint(member.Key)}");
        var year = Year(entry, path, endYear, years);
        var adopted = Adopted(entry, path);
        if (adopted is { Length: 0 } && entry.Get("decisionRecord") is not null) adopted = null;   // as the serializer writes it
        var (reference, record) = new HistoryRecords(bag, files).Read(entry.Get("decisionRecord"), path, adopted is not null);
        if (adopted is null && entry.Get("decisionRecord") is null)
            bag.Error(RulesCodes.HistoryMissingKey, entry.Location,
                $"'{path}' needs 'adopted' (the priority ids of that year's plan) or a 'decisionRecord'.");
        if (year is null) return null;
        if (record is not null) HistoryRecords.Check(record, adopted, year.Value, DocPaths.Partnership(root)?.Name, entry, path, bag);
        return new JsonObject
        {
            ["year"] = year.Value,
            ["adopted"] = new JsonArray((adopted ?? record?.Adopted ?? []).Select(a => (JsonNode?)a).ToArray()),
            ["decisionRecord"] = reference,
            ["figures"] = record is null ? Figures(entry) : record.Figures,
        };
    }

    private int? Year(DocObject entry, string path, int? endYear, Dictionary<int, SourceLocation> years)
    {
        if (entry.Get("year") is not { } node)
        {
            bag.Error(RulesCodes.HistoryMissingKey, entry.Location, $"'{path}' needs a 'year': the year the plan was adopted.");
            return null;
        }
        if (node is not DocScalar { Kind: not ScalarKind.Text } scalar
            || !int.TryParse(scalar.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1000 or > 9999)
        {
            bag.Error(RulesCodes.HistoryWrongShape, node.Location, $"'{path}.year' must be a year, such as 2023.");
            return null;
        }
        if (years.TryGetValue(year, out var first))
            bag.Error(RulesCodes.HistoryDuplicateYear, node.Location,
                $"A second plan for {year} (the first is at {first}); each year has one adopted plan.");
        else years.Add(year, node.Location);
        if (endYear is { } end && year >= end)
            bag.Error(RulesCodes.HistoryYearNotBefore, node.Location,
                $"'{path}.year' is {year}, but the history holds plans adopted before this assessment's period ends ({end}): "
                + $"last year's plan is {end - 1}.");
        return year;
    }

    private string[]? Adopted(DocObject entry, string path)
    {
        if (entry.Get("adopted") is not { } node) return null;
        if (node is DocArray array && array.Items.All(i => i is DocScalar { IsNull: false }))
            return array.Items.Cast<DocScalar>().Select(s => s.Text).ToArray();
        bag.Error(RulesCodes.HistoryWrongShape, node.Location, $"'{path}.adopted' must be a list of priority ids, such as [burglary, prevent].");
        return null;
    }

    private static JsonNode? Figures(DocObject entry) => entry.Get("figures") is { } node ? DocJson.Convert(node) : new JsonArray();

    private static DocObject Empty(DocObject root) => new([], root.Location);

    private static string Hint(string key) =>
        Suggestions.Nearest(key, Keys) is { } near ? $" Did you mean '{near}'?" : $" Allowed keys: {string.Join(", ", Keys)}.";
}
