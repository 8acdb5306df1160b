using Priorities.Engine.Diagnostics;

namespace Priorities.Assessments.Reading;

/// <summary>A node of an assessment document (YAML or JSON) with the place it starts.</summary>
internal abstract record DocNode(SourceLocation Location);
