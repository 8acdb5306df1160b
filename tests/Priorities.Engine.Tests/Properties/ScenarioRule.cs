namespace Priorities.Engine.Tests.Properties;

/// <summary>A generated rule; <see cref="InsertsC"/> makes it derive a C fact {k = x0.k, v = x0.v + 1, u = x0.u} (copying an unknown u).</summary>
internal sealed record ScenarioRule(string Id, int Salience, IReadOnlyList<ScenarioPattern> Patterns, bool InsertsC);
