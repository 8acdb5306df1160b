using Priorities.Diagnostics;
using Priorities.Results;
using Priorities.RuleSets.Model;
using Priorities.Yaml;

namespace Priorities.RuleSets.Loading;

/// <summary>Reads a catalogue entry's <c>lead</c>, <c>actionPlan</c> and <c>funding</c>, and its measures.</summary>
internal static class CatalogueReader
{
    public static readonly string[] Keys = ["lead", "actionPlan", "funding", "measures"];

    private static readonly string[] LeadKeys = ["agency", "role"];

    /// <summary>The entry's catalogue fields; null when it has none of them.</summary>
    public static CatalogueFields? Read(YamlMap entry, string? priority)
    {
        if (!entry.Has("lead") && !entry.Has("actionPlan") && !entry.Has("funding") && !entry.Has("measures")) return null;
        var funding = new List<FundingLine>();
        foreach (var item in entry.List("funding")?.Children ?? [])
            if (YamlMap.From(item, entry.Source, entry.Bag, "a funding line") is { } map && FundingReader.Read(map) is { } line)
                funding.Add(line);
        var measures = new List<MeasureDefinition>();
        foreach (var item in entry.List("measures")?.Children ?? [])
            if (YamlMap.From(item, entry.Source, entry.Bag, "a measure") is { } map
                && MeasureReader.Read(map, priority ?? string.Empty) is { } measure)
                measures.Add(measure);
        return new CatalogueFields(Lead(entry), ActionPlan(entry), funding, measures);
    }

    private static PriorityLead? Lead(YamlMap entry)
    {
        var map = entry.Map("lead");
        if (map is null) return null;
        map.AllowOnly(LeadKeys);
        var agency = map.String("agency", required: true);
        var role = map.String("role");
        return string.IsNullOrWhiteSpace(agency) ? null : new PriorityLead(agency, string.IsNullOrWhiteSpace(role) ? null : role);
    }

    /// <summary>A reference (any text) or, when it starts like one, an absolute http or https URL.</summary>
    private static string? ActionPlan(YamlMap entry)
    {
        var scalar = entry.Scalar("actionPlan");
        if (scalar?.Value is not { } text || string.IsNullOrWhiteSpace(text)) return null;
        var looksLikeUrl = text.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || text.Contains("://", StringComparison.Ordinal);
        if (!looksLikeUrl) return text;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !string.IsNullOrEmpty(uri.Host) && !text.Any(char.IsWhiteSpace))
            return text;
        entry.Bag.Error(RulesCodes.ActionPlanUrl, entry.Source.LocationOf(scalar),
            $"'actionPlan' '{text}' looks like a URL but is not an absolute http or https URL without spaces; "
            + "give the URL in full, or a reference such as 'ASB Action Plan 2024-25'.");
        return null;
    }
}
