using Priorities.Import;
using Priorities.Import.Csv;
using Priorities.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Priorities.Import.PoliceUk;

/// <summary>
/// Renames or joins areas: each <c>from</c> name (an LSOA name's district, matched ignoring case) becomes its
/// <c>to</c> area. Read from CSV (columns <c>from,to</c>) or YAML (<c>from: to</c>, or <c>to: [from, …]</c> to join).
/// </summary>
internal sealed class AreaMapping
{
    private readonly Dictionary<string, (string To, long Line)> _map = new(StringComparer.OrdinalIgnoreCase);
    private readonly string? _path;

    private AreaMapping(string? path) => _path = path;

    public static AreaMapping Empty { get; } = new(null);

    public int Count => _map.Count;

    public string Apply(string area) => _map.TryGetValue(area, out var entry) ? entry.To : area;

    public static AreaMapping Load(string? path)
    {
        if (path is null) return Empty;
        if (!File.Exists(path)) throw ImportException.At(ImportCodes.NotFound, path, 0, "no such mapping file.");
        var mapping = new AreaMapping(path);
        var yaml = path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        if (yaml) mapping.LoadYaml();
        else mapping.LoadCsv();
        return mapping;
    }

    private void Add(string? from, string? to, long line, int column)
    {
        from = from?.Trim();
        to = to?.Trim();
        if (string.IsNullOrEmpty(from) || string.IsNullOrEmpty(to))
            throw ImportException.At(ImportCodes.MappingIncomplete, _path, line, "a mapping entry needs both a 'from' and a 'to' area name.", column);
        if (_map.TryGetValue(from, out var earlier) && !string.Equals(earlier.To, to, StringComparison.OrdinalIgnoreCase))
            throw ImportException.At(ImportCodes.MappingConflict, _path, line, $"'{from}' is already mapped to '{earlier.To}' on line {earlier.Line}.", column);
        _map[from] = (to, line);
    }

    private void LoadCsv()
    {
        CsvSource.Read(_path!, CsvOptions.Strict(), source =>
        {
            var reader = source.Reader;
            if (!reader.TryGetFieldIndex("from", out var fromIndex) || !reader.TryGetFieldIndex("to", out var toIndex))
                throw ImportException.At(ImportCodes.MissingColumn, _path, 1, "a CSV mapping file needs the columns 'from' and 'to'.");
            while (reader.Read()) Add(reader.GetString(fromIndex), reader.GetString(toIndex), reader.LineNumber, FieldColumn.Of(reader, fromIndex));
            return this;
        });
    }

    private void LoadYaml()
    {
        CheckYamlLimits();
        var stream = new YamlStream();
        try
        {
            using var text = File.OpenText(_path!);
            stream.Load(text);
        }
        catch (YamlException e)
        {
            throw ImportException.At(ImportCodes.MappingSyntax, _path, e.Start.Line, e.Message, Column(e.Start));
        }
        if (stream.Documents.Count == 0) return;
        var node = stream.Documents[0].RootNode;
        if (node is not YamlMappingNode root)
            throw ImportException.At(ImportCodes.MappingForm, _path, node.Start.Line, "a YAML mapping file must be a mapping of 'from: to' names.", Column(node.Start));
        foreach (var (key, value) in root.Children) AddYaml(key, value);
    }

    /// <summary>
    /// Refuses a file nested too deeply or with too many nodes (aliases counted as expanded) before the recursive
    /// loader sees it, which would overflow the stack or exhaust memory.
    /// </summary>
    private void CheckYamlLimits()
    {
        using var text = File.OpenText(_path!);
        if (YamlLimits.Check(text) is { } breach)
        {
            var column = breach.Column is > 0 and <= int.MaxValue ? (int)breach.Column : 0;
            throw ImportException.At(ImportCodes.MappingTooLarge, _path, breach.Line, breach.Problem, column);
        }
    }

    private void AddYaml(YamlNode key, YamlNode value)
    {
        var name = (key as YamlScalarNode)?.Value;
        switch (value)
        {
            case YamlScalarNode scalar:
                Add(name, scalar.Value, key.Start.Line, Column(key.Start));
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children) Add((item as YamlScalarNode)?.Value, name, item.Start.Line, Column(item.Start));
                break;
            default:
                throw ImportException.At(ImportCodes.MappingForm, _path, key.Start.Line, "a mapping entry must be 'from: to' or 'to: [from, …]'.", Column(key.Start));
        }
    }

    /// <summary>A YAML mark's 1-based column, or 0 when it has none.</summary>
    private static int Column(Mark mark) => mark.Column is > 0 and <= int.MaxValue ? (int)mark.Column : 0;
}
