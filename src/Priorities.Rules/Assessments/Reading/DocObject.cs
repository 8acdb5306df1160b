using Priorities.Engine.Diagnostics;

namespace Priorities.Assessments.Reading;

/// <summary>A mapping (YAML) or object (JSON), its members in written order.</summary>
internal sealed record DocObject(IReadOnlyList<DocMember> Members, SourceLocation Location) : DocNode(Location)
{
    public DocNode? Get(string key) => Members.FirstOrDefault(m => m.Key == key)?.Value;
}
