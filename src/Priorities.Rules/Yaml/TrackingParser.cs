using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Priorities.Yaml;

/// <summary>A YAML parser that remembers where the last event it read ended, to place errors without a position.</summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    public ParsingEvent? Current => inner.Current;

    /// <summary>The end of the last event read (the start of the text before any).</summary>
    public Mark LastGood { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (moved && inner.Current is { } current) LastGood = current.End;
        return moved;
    }
}
