using Priorities.Diagnostics;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Compilation;

/// <summary>Compiles a loaded rule set to the engine's rule model, mapping every engine diagnostic to its place in the file.</summary>
internal static class RuleSetCompiler
{
    public static CompiledPlan? Compile(RuleSetDocument document, DiagnosticBag bag) =>
        throw new NotImplementedException("RuleSetCompiler: being written.");
}
