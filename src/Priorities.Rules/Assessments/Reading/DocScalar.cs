using Priorities.Engine.Diagnostics;

namespace Priorities.Assessments.Reading;

/// <summary>A single value: its text as written (without quotes or escapes) and what kind of token it was.</summary>
internal sealed record DocScalar(string Text, ScalarKind Kind, SourceLocation Location) : DocNode(Location)
{
    /// <summary>Whether the value is null: JSON <c>null</c>, or a YAML plain empty, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => Kind == ScalarKind.Null || (Kind == ScalarKind.Plain && Text is "" or "~" or "null" or "Null" or "NULL");
}
