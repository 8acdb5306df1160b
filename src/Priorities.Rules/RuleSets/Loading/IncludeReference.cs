using Priorities.Engine.Diagnostics;

namespace Priorities.RuleSets.Loading;

/// <summary>An item of a file's <c>include</c> list: the path as written and where.</summary>
internal sealed record IncludeReference(string Path, SourceLocation Location);
