using Priorities.Engine.Model;

namespace Priorities.Engine.Tests.Properties;

/// <summary>A generated pattern: kind, type, binding and its conjuncts (aggregates count facts meeting the atoms).</summary>
internal sealed record ScenarioPattern(PatternKind Kind, string Type, string Binding, IReadOnlyList<Atom> Atoms, int Threshold = 0);
