using System.Text.RegularExpressions;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Model;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.RuleSets.Loading;

/// <summary>Reads one rule file's top-level keys, reporting every problem and keeping what it can.</summary>
internal static partial class RuleFileReader
{
    private static readonly string[] TopKeys = ["ruleset", "version", "description", "include", "priorities", "scoring", "facts", "rules", "aims", "extends", "override", "remove", "kind", "partnership"];

    public static RuleFile Read(string fullPath, string display, string text, DiagnosticBag bag)
    {
        var errors = bag.Items.Count;
        var source = YamlSource.Parse(display, text, bag);
        var start = SourceLocation.StartOf(display);
        if (source.Root is null)
        {
            if (bag.Items.Count == errors) bag.Error(RulesCodes.EmptyFile, start, "The rule file is empty; it needs at least 'ruleset' and 'version'.");
            return Empty(fullPath, text, start);
        }
        var map = YamlMap.From(source.Root, source, bag, "a rule set");
        if (map is null) return Empty(fullPath, text, start);
        map.AllowOnly(TopKeys);
        var unsound = new HashSet<object>(ReferenceEqualityComparer.Instance);
        return new RuleFile(
            fullPath, text, Id(map), Version(map), map.String("description"), Includes(map),
            PriorityReader.ReadAll(map), map.Has("scoring") ? ScoringReader.Read(map) : null,
            FactTypeReader.ReadAll(map, unsound), RuleReader.ReadAll(map, unsound), start, unsound)
        {
            Extends = Extends(map), Aims = AimReader.ReadAll(map), Overrides = OverlayReader.Overrides(map),
            Removals = OverlayReader.Removals(map), Kind = RuleSetKinds.Read(map), Partnership = map.String("partnership"),
        };
    }

    private static RuleFile Empty(string path, string text, SourceLocation start) =>
        new(path, text, null, null, null, [], [], null, [], [], start, []);

    private static string? Id(YamlMap map)
    {
        if (!map.Has("ruleset"))
        {
            map.Bag.Error(RulesCodes.BadId, map.Location, "Missing 'ruleset': give the rule set an id such as 'oxford-csp'.");
            return null;
        }
        var node = map.Scalar("ruleset");
        if (node?.Value is not { } id) return null;
        if (IdPattern().IsMatch(id)) return id;
        map.Bag.Error(RulesCodes.BadId, map.Source.LocationOf(node), $"The rule set id '{id}' may hold only letters, digits, '-' and '.'.");
        return null;
    }

    private static string? Version(YamlMap map)
    {
        if (!map.Has("version"))
        {
            map.Bag.Error(RulesCodes.BadVersion, map.Location, "Missing 'version': give the rule set a version such as 2026.1.");
            return null;
        }
        var node = map.Scalar("version");
        if (node?.Value is not { } version) return null;
        if (version.Length > 0 && !version.Any(char.IsWhiteSpace)) return version;
        map.Bag.Error(RulesCodes.BadVersion, map.Source.LocationOf(node), $"The version '{version}' must be one word, such as 2026.1.");
        return null;
    }

    private static List<IncludeReference> Includes(YamlMap map)
    {
        var node = map.Get("include");
        var items = node switch
        {
            YamlScalarNode scalar => [scalar],
            YamlSequenceNode list => list.Children,
            null => [],
            _ => null,
        };
        if (items is null) map.Bag.Error(RulesCodes.WrongType, map.Source.LocationOf(node!), "'include' must be a file name or a list of them.");
        var result = new List<IncludeReference>();
        foreach (var item in items ?? [])
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } path }) result.Add(new IncludeReference(path, map.Source.LocationOf(item)));
            else map.Bag.Error(RulesCodes.WrongType, map.Source.LocationOf(item), "Each item of 'include' must be a file name.");
        }
        return result;
    }

    private static IncludeReference? Extends(YamlMap map)
    {
        var node = map.Scalar("extends");
        if (node is null) return null;
        if (node.Value is { Length: > 0 } path) return new IncludeReference(path, map.Source.LocationOf(node));
        map.Bag.Error(RulesCodes.WrongType, map.Source.LocationOf(node), "'extends' must name one rule file.");
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9.-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
