using System.Text;
using System.Text.Json;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;

namespace Priorities.Assessments.Reading;

/// <summary>
/// Reads JSON into a <see cref="DocNode"/> tree, keeping the line and column of every token. Tokens come in order, so
/// positions are counted on from the previous token's (linear in the text, even when it is all one line).
/// </summary>
internal sealed class JsonDocReader
{
    private readonly string _file;
    private readonly byte[] _bytes;
    private readonly List<int> _lineStarts = [0];
    private readonly DiagnosticBag _bag;
    private int _cursorLine;
    private int _cursorIndex;
    private int _cursorColumn;

    private JsonDocReader(string file, string text, DiagnosticBag bag)
    {
        _file = file;
        _bag = bag;
        _bytes = Encoding.UTF8.GetBytes(text);
        for (var i = 0; i < _bytes.Length; i++)
            if (_bytes[i] == (byte)'\n') _lineStarts.Add(i + 1);
    }

    public static DocNode? Read(string file, string text, DiagnosticBag bag)
    {
        var reader = new JsonDocReader(file, text, bag);
        var json = new Utf8JsonReader(reader._bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        try
        {
            if (!json.Read()) return null;
            var root = reader.Node(ref json);
            if (json.Read()) bag.Error(RulesCodes.AssessmentSyntax, reader.At(json.TokenStartIndex), "Unexpected text after the end of the JSON document.");
            return root;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            bag.Error(RulesCodes.AssessmentSyntax, new SourceLocation(file, line, column), "JSON syntax error: " + Plain(e.Message));
            return null;
        }
    }

    private DocNode Node(ref Utf8JsonReader json)
    {
        var at = At(json.TokenStartIndex);
        switch (json.TokenType)
        {
            case JsonTokenType.StartObject: return Object(ref json, at);
            case JsonTokenType.StartArray:
                var items = new List<DocNode>();
                while (json.Read() && json.TokenType != JsonTokenType.EndArray) items.Add(Node(ref json));
                return new DocArray(items, at);
            case JsonTokenType.String: return new DocScalar(json.GetString() ?? string.Empty, ScalarKind.Text, at);
            case JsonTokenType.Number: return new DocScalar(Encoding.UTF8.GetString(json.ValueSpan), ScalarKind.Number, at);
            case JsonTokenType.True or JsonTokenType.False: return new DocScalar(json.TokenType == JsonTokenType.True ? "true" : "false", ScalarKind.Boolean, at);
            default: return new DocScalar(string.Empty, ScalarKind.Null, at);
        }
    }

    private DocObject Object(ref Utf8JsonReader json, SourceLocation at)
    {
        var members = new List<DocMember>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var key = json.GetString() ?? string.Empty;
            var keyAt = At(json.TokenStartIndex);
            json.Read();
            var value = Node(ref json);
            if (!keys.Add(key)) _bag.Error(RulesCodes.AssessmentDuplicateKey, keyAt, $"The key '{key}' appears twice.");
            else members.Add(new DocMember(key, keyAt, value));
        }
        return new DocObject(members, at);
    }

    private SourceLocation At(long byteIndex)
    {
        var index = (int)Math.Min(byteIndex, _bytes.Length);
        var line = _lineStarts.BinarySearch(index);
        if (line < 0) line = ~line - 1;
        if (line != _cursorLine || index < _cursorIndex)
        {
            _cursorLine = line;
            _cursorIndex = _lineStarts[line];
            _cursorColumn = 0;
        }
        _cursorColumn += Encoding.UTF8.GetCharCount(_bytes, _cursorIndex, index - _cursorIndex);
        _cursorIndex = index;
        return new SourceLocation(_file, line + 1, _cursorColumn + 1);
    }

    private static string Plain(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut >= 0 ? message[..cut] : message;
    }
}
