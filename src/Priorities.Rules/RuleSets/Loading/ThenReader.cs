using Priorities.Diagnostics;
using Priorities.RuleSets.Model;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.RuleSets.Loading;

/// <summary>Reads a rule's <c>then</c>: propose, score, mandatory, because and derive.</summary>
internal static class ThenReader
{
    private static readonly string[] NeedPropose = ["score", "mandatory", "because"];

    private static readonly RuleConsequence Nothing = new(null, null, false, [], null, []);

    public static RuleConsequence Read(YamlMap rule, IReadOnlyList<PatternSpec> when)
    {
        var map = rule.Map("then", required: true);
        if (map is null) return Nothing;
        map.AllowOnly("propose", "score", "mandatory", "because", "derive");
        var proposeNode = map.Scalar("propose");
        var propose = proposeNode?.Value is { Length: > 0 } p ? p : null;
        var consequence = new RuleConsequence(
            propose, proposeNode is null ? null : map.Source.LocationOf(proposeNode), map.Bool("mandatory") ?? false,
            Scores(map), SourceTexts.Expression(map, "because"), DeriveReader.Read(map));
        CheckPropose(map, consequence);
        return consequence;
    }

    private static void CheckPropose(YamlMap map, RuleConsequence then)
    {
        if (then.Propose is null)
        {
            var needing = NeedPropose.Where(key => map.Has(key) && (key != "mandatory" || then.Mandatory)).ToList();
            if (needing.Count > 0)
                map.Bag.Error(RulesCodes.NoPropose, map.KeyLocation(needing[0]), $"'{string.Join("', '", needing)}' {(needing.Count == 1 ? "needs" : "need")} a priority: add 'propose' naming a catalogue id or a priority binding.");
        }
        else if (then.Because is null)
            map.Bag.Error(RulesCodes.NoBecause, then.ProposeLocation!, "A rule that proposes a priority needs 'because': the sentence a board reads.");
    }

    private static List<ScoreSpec> Scores(YamlMap map)
    {
        var result = new List<ScoreSpec>();
        foreach (var (key, value) in Entries.Of(map.Map("score")))
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } dimension }) continue;
            if (value is YamlScalarNode scalar)
                result.Add(new ScoreSpec(dimension, map.Source.LocationOf(key), SourceTexts.From(map.Source, scalar)));
            else map.Bag.Error(RulesCodes.WrongType, map.Source.LocationOf(value), $"The score of '{dimension}' must be an expression, not a list or mapping.");
        }
        return result;
    }
}
