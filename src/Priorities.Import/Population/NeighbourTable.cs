using System.Text.Json;

namespace Priorities.Import.Population;

/// <summary>
/// The nearest districts of each district, nearest first, as ONS's "areas near you" list gives them
/// (<c>lad_neighbours.json</c>: an object of district code to a list whose items are district codes, lists of the
/// equally near ones, or null; read flattened in order, nulls and repeats left out).
/// </summary>
internal sealed class NeighbourTable
{
    private readonly Dictionary<string, string[]> _nearest = new(StringComparer.OrdinalIgnoreCase);

    private NeighbourTable(string? path) => Path = path;

    public static NeighbourTable Empty { get; } = new(null);

    public string? Path { get; }

    /// <summary>The source line naming the file, or null for no file.</summary>
    public string? Source => Path is null ? null
        : $"Nearest areas of each local authority ({System.IO.Path.GetFileName(Path)}), Office for National Statistics.";

    /// <summary>The district's nearest districts, nearest first; empty when the table lacks it.</summary>
    public IReadOnlyList<string> Of(string district) => _nearest.TryGetValue(district, out var nearest) ? nearest : [];

    public static NeighbourTable Read(string? path)
    {
        if (path is null) return Empty;
        if (!File.Exists(path)) throw ImportException.At(ImportCodes.NotFound, path, 0, "no such file.");
        var table = new NeighbourTable(path);
        var bytes = File.ReadAllBytes(path);
        try
        {
            table.Load(bytes);
        }
        catch (JsonException e)
        {
            throw ImportException.At(ImportCodes.NeighboursSyntax, path, (e.LineNumber ?? -1) + 1, "not valid JSON: " + e.Message,
                (int)Math.Min(int.MaxValue, (e.BytePositionInLine ?? -1) + 1));
        }
        return table;
    }

    private void Load(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 8 });
        Expect(ref reader, bytes, JsonTokenType.StartObject, "the file must be an object of district code to its nearest districts.");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var district = reader.GetString()!;
            Expect(ref reader, bytes, JsonTokenType.StartArray, $"'{district}' must map to a list of district codes, nearest first.");
            _nearest[district] = Nearest(ref reader, bytes, district);
        }
        if (reader.TokenType != JsonTokenType.EndObject) throw Form(reader, bytes, "the file must be an object of district code to its nearest districts.");
    }

    private string[] Nearest(ref Utf8JsonReader reader, byte[] bytes, string district)
    {
        var nearest = new List<string>();
        var depth = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String: nearest.Add(reader.GetString()!.Trim()); break;
                case JsonTokenType.Null: break;
                case JsonTokenType.StartArray when depth == 0: depth++; break;
                case JsonTokenType.EndArray when depth == 1: depth--; break;
                case JsonTokenType.EndArray: return nearest.Where(n => n.Length > 0 && !n.Equals(district, StringComparison.OrdinalIgnoreCase))
                    .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
                default: throw Form(reader, bytes, $"the nearest districts of '{district}' must be district codes or lists of them.");
            }
        }
        throw Form(reader, bytes, $"the list of '{district}' is not closed.");
    }

    private void Expect(ref Utf8JsonReader reader, byte[] bytes, JsonTokenType type, string message)
    {
        if (!reader.Read() || reader.TokenType != type) throw Form(reader, bytes, message);
    }

    /// <summary>An error at the token the reader is on: its line and 1-based byte column.</summary>
    private ImportException Form(Utf8JsonReader reader, byte[] bytes, string message)
    {
        var offset = (int)Math.Min(reader.TokenStartIndex, bytes.Length);
        var before = bytes.AsSpan(0, offset);
        var line = before.Count((byte)'\n') + 1;
        var column = offset - before.LastIndexOf((byte)'\n');
        return ImportException.At(ImportCodes.NeighboursForm, Path, line, message, column);
    }
}
