using Priorities.Engine.Facts;

namespace Priorities.Engine.Tests.Properties;

/// <summary>One generated condition: its text in the rule language and an independent C# evaluation over slots.</summary>
internal sealed record Atom(string Text, Func<FactRecord?[], bool> Holds);
