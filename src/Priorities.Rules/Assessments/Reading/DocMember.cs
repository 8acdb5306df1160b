using Priorities.Engine.Diagnostics;

namespace Priorities.Assessments.Reading;

/// <summary>A key of a <see cref="DocObject"/>, where the key is written, and its value.</summary>
internal sealed record DocMember(string Key, SourceLocation KeyLocation, DocNode Value);
