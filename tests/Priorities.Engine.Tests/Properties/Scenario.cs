using Priorities.Engine.Facts;

namespace Priorities.Engine.Tests.Properties;

/// <summary>A generated rule set with its facts.</summary>
internal sealed record Scenario(IReadOnlyList<ScenarioRule> Rules, IReadOnlyList<FactRecord> Facts)
{
    public override string ToString() =>
        string.Join("\n", Rules.Select(r => $"{r.Id} s={r.Salience} ins={r.InsertsC}: " + string.Join(" | ", r.Patterns.Select(p => $"{p.Kind} {p.Binding}:{p.Type} [{string.Join(" and ", p.Atoms.Select(a => a.Text))}] {p.Threshold}"))))
        + "\nfacts: " + string.Join(", ", Facts);
}
