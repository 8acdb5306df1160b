using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Yaml;

namespace Priorities.Assessments.Reading;

/// <summary>Warnings about values that read but look wrong: unknown category or duty ids, repeated trend facts.</summary>
internal static class AssessmentChecks
{
    private static readonly string[] CategoryLists = ["trends", "volumes", "comparisons", "harm", "concern", "vulnerability", "dataQuality"];

    public static void Check(DocObject root, DiagnosticBag bag)
    {
        foreach (var list in CategoryLists)
            foreach (var scalar in Values(root, list, "category"))
                if (!KnownCategories.Contains(scalar.Text))
                    bag.Warning(RulesCodes.AssessmentUnknownCategory, scalar.Location, $"Unknown category '{scalar.Text}' in '{list}'.{Hint(scalar.Text, KnownCategories.All)}");
        foreach (var scalar in Values(root, "duties", "id"))
            if (!StatutoryDuties.Ids.Contains(scalar.Text, StringComparer.Ordinal))
                bag.Warning(RulesCodes.AssessmentUnknownDuty, scalar.Location, $"Unknown duty '{scalar.Text}'.{Hint(scalar.Text, StatutoryDuties.Ids)} Known duties: {string.Join(", ", StatutoryDuties.Ids)}.");
        DuplicateTrends(root, bag);
        foreach (var list in (string[])["trends", "volumes", "concern"])
            Labels(Values(root, list, "geography"), Geographies.All, $"geography in '{list}'", bag);
        string[] comparisons = [TrendComparisons.YearOnYear, TrendComparisons.Consecutive, TrendComparisons.Other];
        Labels(Values(root, "trends", "comparison"), comparisons, "comparison in 'trends'", bag);
    }

    private static void Labels(IEnumerable<DocScalar> values, IReadOnlyList<string> known, string what, DiagnosticBag bag)
    {
        foreach (var scalar in values.Where(s => !known.Contains(s.Text, StringComparer.Ordinal)))
            bag.Warning(RulesCodes.AssessmentUnknownLabel, scalar.Location,
                $"Unknown {what} '{scalar.Text}'; expected {string.Join(", ", known)}.{Hint(scalar.Text, known)}");
    }

    private static void DuplicateTrends(DocObject root, DiagnosticBag bag)
    {
        var first = new Dictionary<(string, string), SourceLocation>();
        foreach (var trend in Items(root, "trends"))
        {
            if (trend.Get("category") is not DocScalar category || trend.Get("area") is not DocScalar area) continue;
            if (first.TryGetValue((category.Text, area.Text), out var earlier))
                bag.Warning(RulesCodes.AssessmentDuplicateTrend, trend.Location, $"A second trend for '{category.Text}' in '{area.Text}' (the first is at {earlier}); rules will see both.");
            else first.Add((category.Text, area.Text), trend.Location);
        }
    }

    private static IEnumerable<DocObject> Items(DocObject root, string list) =>
        root.Get(list) is DocArray array ? array.Items.OfType<DocObject>() : [];

    private static IEnumerable<DocScalar> Values(DocObject root, string list, string key) =>
        Items(root, list).Select(item => item.Get(key)).OfType<DocScalar>().Where(s => !s.IsNull);

    private static string Hint(string name, IEnumerable<string> known) =>
        Suggestions.Nearest(name, known) is { } near ? $" Did you mean '{near}'?" : string.Empty;
}
