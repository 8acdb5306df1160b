using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Priorities.Host.Tests.Http;

/// <summary>
/// FsCheck generators for hostile assessment and rule-set bodies: JSON-flow documents (so YAML reads them too) with
/// slots that hold deep nesting, alias bombs, wide mappings and lists, odd numbers and long strings.
/// </summary>
internal static class HostileBodies
{
    private static readonly string[] Numbers =
    [
        "1e308", "-1e308", "1.7976931348623157e309", "-0", "-0.0", "NaN", ".nan", ".inf", "-.inf", "\"NaN\"",
        "\"Infinity\"", "1e-400", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "0x1F",
        "1_000", "00012", "4.9e-324", "123456789012345678901234567890",
    ];

    /// <summary>A body for <c>/v1/proposals</c> (YAML or JSON) or <c>/v1/rulesets/validate</c> (YAML only).</summary>
    public static Gen<HostileBody> Bodies =>
        from slots in Slot.ArrayOf(4)
        from proposal in ArbMap.Default.GeneratorFor<bool>()
        from yaml in ArbMap.Default.GeneratorFor<bool>()
        let media = yaml || !proposal ? "application/yaml" : "application/json"
        let path = proposal ? "/v1/proposals" : "/v1/rulesets/validate"
        let text = proposal ? Assessment(slots) : RuleSet(slots)
        select new HostileBody(path, media, text);

    /// <summary>The same body with an ordinary value in every slot (the template the hostile bodies vary).</summary>
    public static HostileBody Ordinary(bool proposal, string mediaType)
    {
        string[] slots = ["3", "3", "3", "3"];
        return new HostileBody(
            proposal ? "/v1/proposals" : "/v1/rulesets/validate", mediaType, proposal ? Assessment(slots) : RuleSet(slots));
    }

    private static Gen<string> Slot => Gen.Frequency(
        (3, Gen.Constant("3")),
        (3, Gen.Elements(Numbers)),
        (2, Gen.Choose(1, 3000).Select(d => new string('[', d) + new string(']', d))),
        (1, Gen.Choose(1, 3000).Select(d => new string('[', d))),
        (2, Gen.Choose(1, 1500).Select(Nested)),
        (2, Gen.Choose(1, 9).SelectMany(levels => Gen.Choose(1, 9).Select(width => Bomb(levels, width)))),
        (2, Gen.Choose(1, 20000).Select(Wide)),
        (1, Gen.Choose(1, 20000).Select(n => "[" + string.Join(", ", Enumerable.Repeat("1e308", n)) + "]")),
        (2, Gen.Choose(1, 300_000).Select(n => "\"" + new string('x', n) + "\"")));

    private static string Assessment(string[] s) => Fill(
        "{'partnership': {'name': 'P', 'areas': ['Oxford'], 'population': @0}, "
        + "'period': {'start': '2024-07', 'end': '2024-09'}, "
        + "'trends': [{'category': 'burglary', 'area': 'Oxford', 'count': @1, 'previousCount': @2, "
        + "'change': 0, 'source': 's'}], 'harm': [{'category': 'burglary', 'weight': @3, 'unit': 'u', 'source': 's'}]}",
        s);

    private static string RuleSet(string[] s) => Fill(
        "{'ruleset': 't', 'version': 1, 'scoring': {'method': 'weighted-sum', "
        + "'dimensions': {'volume': {'weight': @0}}, 'select': {'top': @1, 'minScore': 1}}, "
        + "'priorities': [{'id': 'a', 'title': @2, 'theme': 't', 'covers': ['a']}], "
        + "'rules': [{'id': 'r', 'when': [{'fact': 'priority', 'as': 'p'}], "
        + "'then': {'propose': 'p', 'score': {'volume': @3}, 'because': 'x'}}]}",
        s);

    /// <summary>The template with double quotes for its single ones and slot i in place of <c>@i</c>.</summary>
    private static string Fill(string template, string[] slots)
    {
        var text = template.Replace('\'', '"');
        for (var i = 0; i < slots.Length; i++)
        {
            text = text.Replace("@" + i.ToString(CultureInfo.InvariantCulture), slots[i], StringComparison.Ordinal);
        }

        return text;
    }

    private static string Nested(int depth) =>
        string.Concat(Enumerable.Repeat("{\"a\": ", depth)) + "1" + new string('}', depth);

    private static string Wide(int width) =>
        "{" + string.Join(", ", Enumerable.Range(0, width).Select(i => $"\"k{i.ToString(CultureInfo.InvariantCulture)}\": {i}")) + "}";

    /// <summary>A flow-style alias bomb: each level lists the previous one <paramref name="width"/> times.</summary>
    private static string Bomb(int levels, int width)
    {
        var text = new StringBuilder("[&a0 [lol]");
        for (var level = 1; level <= levels; level++)
        {
            var previous = "*a" + (level - 1).ToString(CultureInfo.InvariantCulture);
            text.Append(", &a").Append(level).Append(" [").AppendJoin(", ", Enumerable.Repeat(previous, width)).Append(']');
        }

        return text.Append(']').ToString();
    }
}
