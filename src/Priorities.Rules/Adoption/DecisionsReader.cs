using System.Globalization;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Results;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.Adoption;

/// <summary>
/// Reads a decisions file (YAML): <c>meeting: {body, date, minute}</c> and <c>changes: [{action, priority, to, title,
/// lead, funding, reason, minute}]</c>. Structure problems are PR7010 at their places; a change without a reason is
/// PR7004, an unknown action PR7006, a missing field the action needs PR7007, a date that is no day PR7009.
/// </summary>
internal static class DecisionsReader
{
    private static readonly string[] ChangeKeys = ["action", "priority", "to", "title", "lead", "funding", "reason", "minute"];

    public static Decisions? Read(string file, string text, DiagnosticBag bag)
    {
        var inner = new DiagnosticBag();
        var source = YamlSource.Parse(file, text, inner);
        var root = YamlMap.From(source.Root, source, inner, "the decisions file");
        if (root is null && !inner.HasErrors)
            inner.Error(RulesCodes.AdoptionBadDecisions, SourceLocation.StartOf(file), "The decisions file is empty.");
        root?.AllowOnly("meeting", "changes");
        var meeting = root is null ? null : Meeting(root.Map("meeting", required: true), bag);
        var items = new List<DecisionItem>();
        if (root?.List("changes", required: true) is { } list)
            foreach (var node in list.Children)
                if (YamlMap.From(node, source, inner, "a change") is { } change && Change(change, bag) is { } item) items.Add(item);
        foreach (var d in inner.Items)
            bag.Error(d.Code.StartsWith("PR70", StringComparison.Ordinal) ? d.Code : RulesCodes.AdoptionBadDecisions, d.Location, d.Message);
        return root is null ? null : new Decisions(meeting, items);
    }

    private static BoardMeeting? Meeting(YamlMap? map, DiagnosticBag bag)
    {
        if (map is null) return null;
        map.AllowOnly("body", "date", "minute");
        var body = Required(map, "body", "the meeting", bag);
        var date = Required(map, "date", "the meeting", bag);
        var minute = Required(map, "minute", "the meeting", bag);
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            bag.Error(RulesCodes.AdoptionBadDate, map.Source.LocationOf(map.Get("date")!),
                $"The meeting date '{date}' is not a day written YYYY-MM-DD.");
            return null;
        }
        return body is null || date is null || minute is null ? null : new BoardMeeting(body, date, minute);
    }

    private static DecisionItem? Change(YamlMap map, DiagnosticBag bag)
    {
        map.AllowOnly(ChangeKeys);
        var action = Required(map, "action", "a change", bag);
        var priority = Required(map, "priority", "a change", bag);
        var reason = map.String("reason");
        if (string.IsNullOrWhiteSpace(reason))
            bag.Error(RulesCodes.AdoptionNoReason, map.Has("reason") ? map.KeyLocation("reason") : map.Location,
                $"The change{(priority is null ? string.Empty : $" to '{priority}'")} has no reason; "
                + "every change the board makes needs its reason.");
        if (action is not null && !BoardActions.All.Contains(action, StringComparer.Ordinal))
            bag.Error(RulesCodes.AdoptionUnknownAction, map.Source.LocationOf(map.Get("action")!),
                $"Unknown action '{action}'.{Hint(action)} Actions: {string.Join(", ", BoardActions.All)}.");
        var change = action is null || priority is null || string.IsNullOrWhiteSpace(reason) ? null : new BoardChange
        {
            Action = action, Priority = priority, Reason = reason.Trim(), To = map.Int("to"), Title = map.String("title"),
            Lead = Lead(map.Map("lead")), Funding = map.Has("funding") ? Funding(map) : null, Minute = map.String("minute"),
        };
        if (change is null || !BoardActions.All.Contains(change.Action, StringComparer.Ordinal) || !HasWhatItNeeds(change, map, bag))
            return null;
        var toAt = map.Has("to") ? map.Source.LocationOf(map.Get("to")!) : map.Location;
        return new DecisionItem(change, map.Location, map.Source.LocationOf(map.Get("priority")!), toAt);
    }

    private static bool HasWhatItNeeds(BoardChange change, YamlMap map, DiagnosticBag bag)
    {
        var (needs, has) = change.Action switch
        {
            BoardActions.Move => ("to", change.To is not null),
            BoardActions.Rename => ("title", !string.IsNullOrWhiteSpace(change.Title)),
            BoardActions.SetLead => ("lead", change.Lead is not null),
            BoardActions.SetFunding => ("funding", change.Funding is not null),
            _ => (string.Empty, true),
        };
        if (!has) bag.Error(RulesCodes.AdoptionMissingField, map.Location, $"The '{change.Action}' of '{change.Priority}' needs '{needs}'.");
        return has;
    }

    private static PriorityLead? Lead(YamlMap? map)
    {
        if (map is null) return null;
        map.AllowOnly("agency", "role");
        return map.String("agency", required: true) is { } agency ? new PriorityLead(agency, map.String("role")) : null;
    }

    private static FundingLine[] Funding(YamlMap change)
    {
        var lines = new List<FundingLine>();
        foreach (var node in change.List("funding")?.Children ?? [])
        {
            if (YamlMap.From(node, change.Source, change.Bag, "a funding line") is not { } map) continue;
            map.AllowOnly("fund", "amount", "currency", "year", "purpose");
            var (fund, amount, year) = (map.String("fund", true), map.Number("amount", true), map.String("year", true));
            if (fund is not null && amount is not null && year is not null)
                lines.Add(new FundingLine(fund, (decimal)amount.Value, map.String("currency") ?? "GBP", year, map.String("purpose")));
        }
        return lines.ToArray();
    }

    private static string? Required(YamlMap map, string key, string what, DiagnosticBag bag)
    {
        var value = map.String(key);
        if (string.IsNullOrWhiteSpace(value))
            bag.Error(RulesCodes.AdoptionMissingField, map.Has(key) ? map.KeyLocation(key) : map.Location,
                $"{char.ToUpperInvariant(what[0])}{what[1..]} needs '{key}'.");
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static string Hint(string action) =>
        Suggestions.Nearest(action, BoardActions.All) is { } near ? $" Did you mean '{near}'?" : string.Empty;
}
