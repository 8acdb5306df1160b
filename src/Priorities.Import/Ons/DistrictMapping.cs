using Priorities.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Priorities.Import.Ons;

/// <summary>
/// Which districts of the population table a partnership covers, for partnerships that combine several districts
/// or whose district the table lacks: a YAML mapping of partnership (name or ONS code) to a list of district codes,
/// <c>East and Mid Devon: [E07000040, E07000042]</c>. Read here for its form; <see cref="PopulationAssignment"/>
/// checks the names and codes against the tables.
/// </summary>
internal sealed class DistrictMapping
{
    private readonly List<DistrictMappingEntry> _entries = [];

    private DistrictMapping(string? path) => Path = path;

    public static DistrictMapping Empty { get; } = new(null);

    public string? Path { get; }

    public IReadOnlyList<DistrictMappingEntry> Entries => _entries;

    public static DistrictMapping Load(string? path)
    {
        if (path is null) return Empty;
        if (!File.Exists(path)) throw ImportException.At(ImportCodes.NotFound, path, 0, "no such mapping file.");
        var mapping = new DistrictMapping(path);
        mapping.CheckLimits();
        var root = mapping.Root();
        if (root is null) return mapping;
        if (root is not YamlMappingNode entries)
            throw mapping.Form(root, "a district mapping must be a mapping of partnership to its district codes, "
                + "'East and Mid Devon: [E07000040, E07000042]'.");
        foreach (var (key, value) in entries.Children) mapping._entries.Add(mapping.Entry(key, value));
        return mapping;
    }

    private YamlNode? Root()
    {
        var stream = new YamlStream();
        try
        {
            using var text = File.OpenText(Path!);
            stream.Load(text);
        }
        catch (YamlException e)
        {
            throw ImportException.At(ImportCodes.DistrictMappingSyntax, Path, e.Start.Line, e.Message, Column(e.Start));
        }
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    private DistrictMappingEntry Entry(YamlNode key, YamlNode value)
    {
        if (key is not YamlScalarNode { Value: { Length: > 0 } name } || name.Trim().Length == 0)
            throw Form(key, "a district mapping key must be a partnership's name or ONS code.");
        if (value is not YamlSequenceNode { Children.Count: > 0 } list)
            throw Form(value, $"'{name.Trim()}' must map to a list of district codes, such as [E07000040, E07000042].");
        var districts = list.Children.Select(item => item is YamlScalarNode { Value: { Length: > 0 } code } && code.Trim().Length > 0
                ? new MappedDistrict(code.Trim(), item.Start.Line, Column(item.Start))
                : throw Form(item, $"a district of '{name.Trim()}' must be a district code, such as E07000040."))
            .ToList();
        return new DistrictMappingEntry(name.Trim(), districts, key.Start.Line, Column(key.Start));
    }

    private ImportException Form(YamlNode node, string message) =>
        ImportException.At(ImportCodes.DistrictMappingForm, Path, node.Start.Line, message, Column(node.Start));

    /// <summary>Refuses a file nested too deeply or with too many nodes before the recursive loader sees it.</summary>
    private void CheckLimits()
    {
        using var text = File.OpenText(Path!);
        if (YamlLimits.Check(text) is { } breach)
        {
            var column = breach.Column is > 0 and <= int.MaxValue ? (int)breach.Column : 0;
            throw ImportException.At(ImportCodes.DistrictMappingTooLarge, Path, breach.Line, breach.Problem, column);
        }
    }

    private static int Column(Mark mark) => mark.Column is > 0 and <= int.MaxValue ? (int)mark.Column : 0;
}
