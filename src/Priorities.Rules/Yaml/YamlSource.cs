using Priorities.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Priorities.Yaml;

/// <summary>
/// One YAML file loaded with source positions. Syntax errors, oversized files and alias bombs become diagnostics;
/// nothing here throws for bad input.
/// </summary>
internal sealed class YamlSource
{
    public const int MaxBytes = 8 * 1024 * 1024;
    public const int MaxNodes = 500_000;

    private const string DuplicateKey = "Duplicate key";

    private int[]? _lineStarts;

    private YamlSource(string file, string text, YamlNode? root)
    {
        File = file;
        Text = text;
        Root = root;
        Lines = text.Split('\n');
    }

    public string File { get; }

    public string Text { get; }

    public string[] Lines { get; }

    /// <summary>The document's root node, or null when the file is empty or could not be parsed.</summary>
    public YamlNode? Root { get; }

    public static YamlSource Parse(string file, string text, DiagnosticBag bag)
    {
        if (text.Length > MaxBytes)
        {
            bag.Error("PR1000", SourceLocation.StartOf(file), $"The file is {text.Length:N0} characters long; the limit is {MaxBytes:N0}.");
            return new YamlSource(file, text, null);
        }
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            if (stream.Documents.Count > 1) bag.Error("PR1001", At(file, stream.Documents[1].RootNode.Start), "The file holds more than one YAML document; put each rule set in its own file.");
            return new YamlSource(file, text, root is not null && TooLarge(root, file, bag) ? null : root);
        }
        catch (YamlException e)
        {
            var message = Describe(e);
            if (message.StartsWith(DuplicateKey, StringComparison.Ordinal))
                bag.Error("PR1005", At(file, e.Start), $"The key '{message[DuplicateKey.Length..].Trim()}' appears twice in one mapping; each key may appear once.");
            else bag.Error("PR1001", At(file, e.Start), "YAML syntax error: " + message);
            return new YamlSource(file, text, null);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail this way on some malformed input; report it after the last good event.
            bag.Error("PR1001", At(file, parser.LastGood), "YAML syntax error: the text after this point cannot be read as YAML.");
            return new YamlSource(file, text, null);
        }
    }

    public SourceLocation LocationOf(YamlNode node) => At(File, node.Start);

    /// <summary>The line and column of a character index in <see cref="Text"/>.</summary>
    public SourceLocation LocationAt(int index)
    {
        _lineStarts ??= LineStarts(Text);
        index = Math.Clamp(index, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, index);
        if (line < 0) line = ~line - 1;
        return new SourceLocation(File, line + 1, index - _lineStarts[line] + 1);
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') starts.Add(i + 1);
        return [.. starts];
    }

    public static SourceLocation At(string file, Mark mark) => new(file, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        return paren >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(paren + 3)..] : message;
    }

    /// <summary>Counts nodes, following aliases once each, so that a document of nested aliases cannot explode.</summary>
    private static bool TooLarge(YamlNode root, string file, DiagnosticBag bag)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(YamlNode Node, int Depth)>();
        stack.Push((root, 0));
        long visits = 0;
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (++visits > MaxNodes || depth > 64)
            {
                bag.Error("PR1000", At(file, node.Start), visits > MaxNodes ? $"The document has more than {MaxNodes:N0} nodes." : "The document is nested more than 64 levels deep.");
                return true;
            }
            if (!seen.Add(node)) continue;
            foreach (var child in Children(node)) stack.Push((child, depth + 1));
        }
        return false;
    }

    private static IEnumerable<YamlNode> Children(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.SelectMany(kv => new[] { kv.Key, kv.Value }),
        YamlSequenceNode seq => seq.Children,
        _ => [],
    };
}
