namespace Priorities.Engine.Expressions.Semantics;

/// <summary>A nullable field an expression uses: read as a value, tested with <c>has</c>, or both; and a test that it is known.</summary>
internal sealed record NullableUse(string Path, bool Read, bool Tested, CheckedExpression Known);
