using Priorities.Engine.Diagnostics;

namespace Priorities.Assessments.Reading;

/// <summary>A mapping (YAML) or object (JSON), its members in written order.</summary>
internal sealed record DocObject(IReadOnlyList<DocMember> Members, SourceLocation Location) : DocNode(Location)
{
    /// <summary>Up to this many members a lookup scans them; above it builds an index once.</summary>
    private const int ScanLimit = 8;

    private Dictionary<string, DocNode>? _index;

    /// <summary>The value of the first member with the key, or null: constant time however wide the object.</summary>
    public DocNode? Get(string key)
    {
        if (Members.Count <= ScanLimit) return Members.FirstOrDefault(m => m.Key == key)?.Value;
        var index = _index ??= Index(Members);
        return index.GetValueOrDefault(key);
    }

    private static Dictionary<string, DocNode> Index(IReadOnlyList<DocMember> members)
    {
        var index = new Dictionary<string, DocNode>(members.Count, StringComparer.Ordinal);
        foreach (var member in members) index.TryAdd(member.Key, member.Value);
        return index;
    }
}
