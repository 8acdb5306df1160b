using Priorities.Engine.Diagnostics;

namespace Priorities.Assessments.Reading;

/// <summary>A sequence (YAML) or array (JSON).</summary>
internal sealed record DocArray(IReadOnlyList<DocNode> Items, SourceLocation Location) : DocNode(Location);
