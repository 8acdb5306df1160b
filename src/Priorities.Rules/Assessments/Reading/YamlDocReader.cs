using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Priorities.Assessments.Reading;

/// <summary>Turns a parsed YAML document (with positions) into a <see cref="DocNode"/> tree.</summary>
internal static class YamlDocReader
{
    public static DocNode? Read(string file, string text, DiagnosticBag bag)
    {
        var inner = new DiagnosticBag();
        var source = YamlSource.Parse(file, text, inner);
        foreach (var d in inner.Items) bag.Error(d.Code == RulesCodes.InputTooLarge ? RulesCodes.AssessmentTooLarge : RulesCodes.AssessmentSyntax, d.Location, d.Message);
        return source.Root is null ? null : Convert(source, source.Root, bag);
    }

    public static DocNode Convert(YamlSource source, YamlNode node, DiagnosticBag bag) => node switch
    {
        YamlMappingNode map => Object(source, map, bag),
        YamlSequenceNode list => new DocArray(list.Children.Select(c => Convert(source, c, bag)).ToArray(), source.LocationOf(list)),
        YamlScalarNode scalar => new DocScalar(scalar.Value ?? string.Empty, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any ? ScalarKind.Plain : ScalarKind.Text, source.LocationOf(scalar)),
        _ => new DocScalar(string.Empty, ScalarKind.Null, source.LocationOf(node)),
    };

    private static DocObject Object(YamlSource source, YamlMappingNode map, DiagnosticBag bag)
    {
        var members = new List<DocMember>();
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } name }) members.Add(new DocMember(name, source.LocationOf(key), Convert(source, value, bag)));
            else bag.Error(RulesCodes.AssessmentWrongType, source.LocationOf(key), "Keys must be plain names.");
        }
        return new DocObject(members, source.LocationOf(map));
    }
}
