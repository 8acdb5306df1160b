using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Loading;

namespace Priorities.Rules.Tests.RuleSets.Loading;

public sealed class ShippedRuleFilesTests
{
    [Fact]
    public void Roots_ShippedRulesFolder_ReadEachRootWithoutErrors()
    {
        var bag = new DiagnosticBag();
        var roots = RuleSetReader.Roots([Path.Combine(Repository.Root, "rules")], bag);

        Assert.DoesNotContain(roots, r => Path.GetFileName(r) == "statutory-duties.yaml");
        Assert.NotEmpty(roots);
        foreach (var root in roots)
        {
            var document = RuleSetReader.Read(root, bag);
            Assert.True(document is not null, string.Join("\n", bag.Sorted()));
            Assert.Equal(Path.GetFullPath(root), document.Files[0]);
            Assert.Contains(document.Files, f => Path.GetFileName(f) == "statutory-duties.yaml");
        }
        Assert.DoesNotContain(bag.Items, d => d.Severity == DiagnosticSeverity.Error);
    }
}
