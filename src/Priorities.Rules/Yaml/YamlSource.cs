using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Priorities.Yaml;

/// <summary>
/// One YAML file loaded with source positions. Syntax errors, oversized files, deep nesting and alias bombs
/// (<see cref="YamlBounds"/>, checked before the tree is built) become diagnostics;
/// nothing here throws for bad input.
/// </summary>
internal sealed class YamlSource
{
    public const int MaxBytes = 8 * 1024 * 1024;

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
            bag.Error(RulesCodes.InputTooLarge, SourceLocation.StartOf(file), $"The file is {text.Length:N0} characters long; the limit is {MaxBytes:N0}.");
            return new YamlSource(file, text, null);
        }
        if (YamlBounds.Check(text) is { } bound)
        {
            bag.Error(RulesCodes.InputTooLarge, At(file, bound.Start), bound.Problem);
            return new YamlSource(file, text, null);
        }
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            if (stream.Documents.Count > 1) bag.Error(RulesCodes.YamlSyntax, At(file, stream.Documents[1].RootNode.Start), "The file holds more than one YAML document; put each rule set in its own file.");
            return new YamlSource(file, text, root);
        }
        catch (YamlException e)
        {
            var message = Describe(e);
            if (message.StartsWith(DuplicateKey, StringComparison.Ordinal))
                bag.Error(RulesCodes.DuplicateKey, At(file, e.Start), $"The key '{message[DuplicateKey.Length..].Trim()}' appears twice in one mapping; each key may appear once.");
            else bag.Error(RulesCodes.YamlSyntax, At(file, e.Start), "YAML syntax error: " + message);
            return new YamlSource(file, text, null);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail this way on some malformed input; report it after the last good event.
            bag.Error(RulesCodes.YamlSyntax, At(file, parser.LastGood), "YAML syntax error: the text after this point cannot be read as YAML.");
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
}
